# Install rules and the Debian package (CPack's DEB generator): `cmake --build B && cpack --config B/CPackConfig.cmake`
# (scripts/release does it). The binary in /usr/bin, the man page gzipped, the docs, the example models and their
# data under /usr/share/doc/regelwerk; the Depends come from dpkg-shlibdeps. The web assets are embedded in the binary.
include(GNUInstallDirs)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/regelwerk)

# Debian wants the man page and the changelog compressed with gzip -9n (no name, no time: reproducible).
find_program(REGELWERK_GZIP gzip REQUIRED)
set(packaging_out ${CMAKE_BINARY_DIR}/packaging)
set(gzip_to sh -c "\"$0\" -9n < \"$1\" > \"$2.tmp\" && mv \"$2.tmp\" \"$2\"" ${REGELWERK_GZIP})
add_custom_command(OUTPUT ${packaging_out}/regelwerk.1.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}
  COMMAND ${gzip_to} ${CMAKE_SOURCE_DIR}/docs/regelwerk.1 ${packaging_out}/regelwerk.1.gz
  DEPENDS ${CMAKE_SOURCE_DIR}/docs/regelwerk.1 VERBATIM)
add_custom_command(OUTPUT ${packaging_out}/changelog.Debian.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}
  COMMAND ${gzip_to} ${CMAKE_SOURCE_DIR}/packaging/changelog.Debian ${packaging_out}/changelog.Debian.gz
  DEPENDS ${CMAKE_SOURCE_DIR}/packaging/changelog.Debian VERBATIM)
add_custom_target(regelwerk_packaging_files ALL DEPENDS ${packaging_out}/regelwerk.1.gz ${packaging_out}/changelog.Debian.gz)

install(TARGETS regelwerk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${packaging_out}/regelwerk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaging_out}/changelog.Debian.gz packaging/copyright README.md DESTINATION ${doc_dir})
install(FILES packaging/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME regelwerk)
install(DIRECTORY docs/ DESTINATION ${doc_dir}/docs PATTERN regelwerk.1 EXCLUDE)
# rules/ and examples/ side by side as in the repository: the test files read "../examples/...".
install(DIRECTORY rules examples DESTINATION ${doc_dir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME regelwerk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "regelwerk maintainers <maintainers@users.noreply.r-seed-30d88072.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "rule engine for regional sheltered-housing settlements")
# The extended description: lines under 80 columns (CPack does not wrap them).
string(JOIN "\n" CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "regelwerk reads the financial arrangements that a Dutch region of"
  "municipalities makes for sheltered housing (beschermd wonen, beschermd thuis,"
  "maatschappelijke opvang), written in its own small language, and computes an"
  "exact settlement from JSON, CSV or Excel data: who pays whom, how much, for"
  "which year, under which article, and why. It answers what-if questions,"
  "explains every amount, tests models, writes Excel workbooks and serves a"
  "what-if workbench in a browser.")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/dist)
include(CPack)
