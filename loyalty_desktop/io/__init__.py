"""Files in and out: readers, format detection, presets, validation, project file, exports."""

#: The project file's suffix. Here and not in project.py (which re-exports it) so that the
#: window can name project files at start without importing pandas (issue 12, cold start).
PROJECT_SUFFIX = ".loyalty"
