// Linked with one core layer's whole archive: the link itself is the check (cmake/FaultkeLayers.cmake).
int main() { return 0; }
