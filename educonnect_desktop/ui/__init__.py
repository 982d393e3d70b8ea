"""Qt user interface: thin widgets over the services, network and hashing off the GUI thread."""
