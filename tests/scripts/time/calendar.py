# time: struct_time, gmtime, strftime, mktime round trips (UTC-based, so output is fixed).
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t[0], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.strftime("%a %b %d %j", time.gmtime(1700000000)))
print(time.asctime(time.gmtime(1700000000)))
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0)
print(isinstance(time.localtime(), time.struct_time), tuple(time.gmtime(1234567890))[:6])
print(time.strftime("%%literal %Y", time.gmtime(0)))
