# faultke_check_layer(lib): links every object of the static library `lib` into a small program
# together with only the libraries `lib` declares. A source that calls into a layer it must not
# use leaves an undefined symbol, and the build fails here, naming it.
function(faultke_check_layer lib)
  add_executable(${lib}_layer_check ${PROJECT_SOURCE_DIR}/cmake/layer_check.cpp)
  target_link_libraries(${lib}_layer_check PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${lib}>")
endfunction()
