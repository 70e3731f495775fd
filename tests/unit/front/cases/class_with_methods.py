class Point:
    '''A point.'''

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point()
