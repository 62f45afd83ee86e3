# Where `cmake --install` puts kfk's files (the binary itself is installed by cli/, the
# schema module by lib/kfk/schema/module/), and the two Debian packages CPack builds from
# them (cpack -G DEB): kfk (component kfk) and kfk-schema (component schema).
include(GNUInstallDirs)

file(GLOB KFK_MAN_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/man/*.1)
install(FILES ${KFK_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT kfk)

# Each shell looks for its completions under its own name and directory.
install(FILES ${PROJECT_SOURCE_DIR}/completions/kfk.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME kfk
        COMPONENT kfk)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_kfk
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions COMPONENT kfk)
install(FILES ${PROJECT_SOURCE_DIR}/completions/kfk.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d COMPONENT kfk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kfk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "kfk developers <dev@kfk.invalid>")
# Each package's description: its synopsis, a newline, the rest (CPack would put
# CPACK_PACKAGE_DESCRIPTION_SUMMARY, were it set, above both). One string: two would
# join as a CMake list, with a ';' in the control file.
set(KFK_DEB_DESCRIPTION "fast, scriptable command-line tool for Apache Kafka\n\
Topic and partition administration, produce, consume, consumer groups and cluster \
inspection, with aligned tables, stable JSON and exact exit codes. Built on librdkafka.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # the RelWithDebInfo binary is mostly debug info
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://kfk.invalid")
# One .deb per component. Depends come from the libraries each package's files link
# (dpkg-shlibdeps), exactly as the Debian release it was built on names them: kfk needs
# librdkafka1 and libc6 (and libstdc++6 when KFK_STATIC_CXX_RUNTIME is off); kfk-schema
# needs libavro, libprotobuf, libcurl and libstdc++6, and the kfk of the same version.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kfk schema)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_COMPONENT_SCHEMA_DEPENDS kfk)
set(CPACK_DEBIAN_KFK_PACKAGE_NAME kfk)
set(CPACK_DEBIAN_KFK_PACKAGE_SUGGESTS "bash-completion, kfk-schema")
set(CPACK_DEBIAN_SCHEMA_PACKAGE_NAME kfk-schema)
set(CPACK_DEBIAN_KFK_DESCRIPTION "${KFK_DEB_DESCRIPTION}")
set(CPACK_DEBIAN_SCHEMA_DESCRIPTION "Schema Registry formats for kfk\n\
Avro, Protobuf and JSON Schema decoding and encoding for kfk consume and produce, and \
the registry client of kfk schema (kfk-schema.so, which kfk loads on first use).")
include(CPack)
