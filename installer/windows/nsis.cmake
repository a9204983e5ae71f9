# Windows installer (NSIS through CPack). Untested here: the CI machine is Debian; see docs/PACKAGING.md.
# Build on Windows with Qt 6 (MSVC), NSIS 3 on PATH:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAYRECON_BUILD_TESTS=OFF
#   cmake --build build && cd build && cpack -G NSIS
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PayRecon")
set(CPACK_NSIS_DISPLAY_NAME "PayRecon ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "PayRecon")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # payrecon-cli on PATH for scheduled tasks
set(CPACK_PACKAGE_EXECUTABLES "payrecon;PayRecon")
set(CPACK_CREATE_DESKTOP_LINKS payrecon)
set(CPACK_NSIS_URL_INFO_ABOUT "https://payrecon.io")
# The installer's icon wants an .ico; make one from resources/icons/payrecon-256.png (e.g. ImageMagick:
# magick payrecon-256.png -define icon:auto-resize=256,48,32,16 payrecon.ico) and point these at it.
if(EXISTS ${PROJECT_SOURCE_DIR}/resources/icons/payrecon.ico)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/payrecon.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/payrecon.ico)
endif()
