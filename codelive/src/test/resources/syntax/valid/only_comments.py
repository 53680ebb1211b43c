# nothing to run here

# just comments
