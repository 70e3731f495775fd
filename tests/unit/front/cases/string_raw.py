a = r'\n\t'
b = R"\d+"
c = r'''x\'y'''
