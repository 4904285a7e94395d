"""Files in and out: readers, format detection, presets, validation, project file, exports."""
