# Desktop integration files and the Debian package (cpack -G DEB).
# One application id everywhere: the .desktop file, the icon, the MIME
# package and the AppStream metainfo are all named after it.
set(FAULTLINE_APP_ID "org.faultline.Faultline")
set(FAULTLINE_DESKTOP_DIR "${PROJECT_SOURCE_DIR}/resources/desktop")

install(FILES "${FAULTLINE_DESKTOP_DIR}/${FAULTLINE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/faultline.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${FAULTLINE_APP_ID}.svg")
install(FILES "${FAULTLINE_DESKTOP_DIR}/${FAULTLINE_APP_ID}.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages")
install(FILES "${FAULTLINE_DESKTOP_DIR}/${FAULTLINE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

set(CPACK_PACKAGE_NAME "faultline")
set(CPACK_PACKAGE_VENDOR "The Faultline authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dated events and actors from conflict reporting")
set(FAULTLINE_PACKAGE_MAINTAINER
    "Faultline maintainers <maintainers@users.noreply.r-seed-e21e712f.example>"
    CACHE STRING "Maintainer field of the Debian package (Name <email>)")
set(CPACK_PACKAGE_CONTACT "${FAULTLINE_PACKAGE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Faultline reads the articles journalists collect about armed conflicts and\n\
peace processes, turns them into dated events and the actors involved, keeps\n\
every event linked to the sentence it came from, and shows the story as an\n\
interactive timeline and an actor graph. Everything lives in one SQLite\n\
workspace file.")
# dpkg-shlibdeps (dpkg-dev) computes the Qt and library dependencies.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so invisible to dpkg-shlibdeps: the SQLite driver of
# Qt Sql. (The SVG icon engine ships in libqt6svg6, which shlibdeps finds.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")

include(CPack)
