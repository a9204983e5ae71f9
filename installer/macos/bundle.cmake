# macOS app bundle and .dmg (CPack DragNDrop). Untested here: the CI machine is Debian; see docs/PACKAGING.md.
# Build on macOS with Qt 6:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAYRECON_BUILD_TESTS=OFF
#   cmake --build build && cd build && cpack -G DragNDrop
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "PayRecon ${PROJECT_VERSION}")
if(TARGET payrecon)
    set_target_properties(payrecon PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "PayRecon"
        MACOSX_BUNDLE_GUI_IDENTIFIER "io.payrecon.PayRecon"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "© 2026 PayRecon team")
    # An .icns made from resources/icons/payrecon.svg (iconutil) goes here when someone builds on a Mac.
    if(EXISTS ${PROJECT_SOURCE_DIR}/resources/icons/payrecon.icns)
        set_target_properties(payrecon PROPERTIES MACOSX_BUNDLE_ICON_FILE payrecon.icns)
        target_sources(payrecon PRIVATE ${PROJECT_SOURCE_DIR}/resources/icons/payrecon.icns)
        set_source_files_properties(${PROJECT_SOURCE_DIR}/resources/icons/payrecon.icns
                                    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    endif()
endif()
