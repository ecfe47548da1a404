"""What a learner meets at the terminal: reports, progress and `checker watch`."""
