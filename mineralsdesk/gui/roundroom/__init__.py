"""The round room screens: the Minutes screen (typing while listening), comment threads, the delegation roster."""
