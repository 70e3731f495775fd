import a
i[port a as b
import c
