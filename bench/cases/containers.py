# Lists, dicts and strings: building, indexing, sorting, joining.
def run():
    words = [str(i * 7919 % 10007) for i in range(200000)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(len(counts), top, len(",".join(words)))

run()
