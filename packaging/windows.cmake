# The Windows executable (scripts/build-windows): its manifest makes UTF-8 the process's code page, so
# command-line arguments, file names and every narrow-string Windows call are UTF-8 as on Linux (Windows 10
# 1903 and later), and lifts the 260-character path limit where the system allows it.
enable_language(RC)
target_sources(regelwerk PRIVATE ${CMAKE_SOURCE_DIR}/packaging/windows/regelwerk.rc)
set_source_files_properties(${CMAKE_SOURCE_DIR}/packaging/windows/regelwerk.rc PROPERTIES
  OBJECT_DEPENDS ${CMAKE_SOURCE_DIR}/packaging/windows/regelwerk.manifest)
