# comment

x = 1  # trailing


   # indented comment
y = 2
if x:
    # inside

    z = 3
    # after
