# Where `cmake --install` puts kfk's files (the binary itself is installed by cli/), and
# the Debian package CPack builds from them (cpack -G DEB).
include(GNUInstallDirs)

file(GLOB KFK_MAN_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/man/*.1)
install(FILES ${KFK_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Each shell looks for its completions under its own name and directory.
install(FILES ${PROJECT_SOURCE_DIR}/completions/kfk.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME kfk)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_kfk
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES ${PROJECT_SOURCE_DIR}/completions/kfk.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kfk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "kfk developers <dev@kfk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "fast, scriptable command-line tool for Apache Kafka")
# One string: two would join as a CMake list, with a ';' in the control file.
set(CPACK_PACKAGE_DESCRIPTION
    "Topic and partition administration, produce, consume, consumer groups and cluster \
inspection, with aligned tables, stable JSON and exact exit codes. Built on librdkafka.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # the RelWithDebInfo binary is mostly debug info
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://kfk.invalid")
# Depends from the libraries the binary links (dpkg-shlibdeps): librdkafka1, libc6 (and
# libstdc++6 when KFK_STATIC_CXX_RUNTIME is off), exactly as the Debian release it was
# built on names them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
