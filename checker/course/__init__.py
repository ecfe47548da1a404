"""The course itself: its catalogue, each exercise's files, planted bugs, resets and
the maintainers' `checker verify`."""
