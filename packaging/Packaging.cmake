# CPack settings. The generator is chosen here and only here: a .deb on Linux, an NSIS installer
# on Windows and a disk image (DragNDrop) on macOS. "cmake --build BUILD --target package" or
# "cpack --config BUILD/CPackConfig.cmake" builds it.

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VENDOR "The netsuite-tba-wizard developers")
set(CPACK_PACKAGE_CONTACT ${TBA_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guided NetSuite Token-Based Authentication setup and test")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "NetSuite TBA Wizard")
set(CPACK_PACKAGE_EXECUTABLES netsuite-tba-wizard "NetSuite TBA Wizard")
set(CPACK_STRIP_FILES ON)

# Debian. dpkg-shlibdeps computes the libraries' packages from the executable. qtkeychain opens
# libsecret with dlopen at run time, so shlibdeps cannot see it and it is listed by hand. Without
# a Secret Service such as gnome-keyring the keychain cannot store secrets, but KWallet can take
# its place, so it is a recommendation.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${TBA_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "A desktop wizard and a command line that take a NetSuite administrator from
nothing to a working, tested Token-Based Authentication (TBA) connection for an
integration such as AfterShip. It follows NetSuite's five setup steps, checks
each pasted value, signs requests with OAuth 1.0a HMAC-SHA256, tests the
connection and the role's permissions, and explains each failure with its
likely causes and fixes. The secrets are kept in the system keyring.")

# Windows.
set(CPACK_NSIS_DISPLAY_NAME "NetSuite TBA Wizard")
set(CPACK_NSIS_PACKAGE_NAME "NetSuite TBA Wizard")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\netsuite-tba-wizard.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Adds the bin folder to PATH, so that the command line works in a new terminal.
set(CPACK_NSIS_MODIFY_PATH ON)

# macOS.
set(CPACK_DMG_VOLUME_NAME "NetSuite TBA Wizard")
set(CPACK_DMG_FORMAT UDZO)

# Qt 6.4's qt_generate_deploy_app_script copies the Qt libraries and plugins next to the
# executable on Windows and into the app bundle on macOS. It does not support Linux (Qt 6.5 adds
# that), where the .deb depends on Debian's Qt packages instead.
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET netsuite-tba-wizard FILENAME_VARIABLE deploy_script)
    install(SCRIPT ${deploy_script})
    # TODO: the deploy script copies Qt's own files only, so the Windows installer and the macOS
    # disk image still miss qtkeychain and OpenSSL; neither has been built on those systems yet.
endif()

include(CPack)
