package scenario

// fifo is a first-in first-out queue that reuses its memory: popped slots are
// reclaimed when the live part is moved to the front, so a long run holds no
// more than its longest queue.
type fifo[T any] struct {
	items []T
	head  int
}

func (q *fifo[T]) len() int { return len(q.items) - q.head }

// front is the oldest item; the queue must not be empty.
func (q *fifo[T]) front() *T { return &q.items[q.head] }

func (q *fifo[T]) push(x T) {
	if q.head > 0 && len(q.items) == cap(q.items) && q.head >= len(q.items)/2 {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	q.items = append(q.items, x)
}

func (q *fifo[T]) pop() {
	var zero T
	q.items[q.head] = zero
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	}
}

// wheel holds items until the tick they are due, in a ring of one bucket per
// tick of the longest delay, whose slices are reused lap after lap.
type wheel[T any] struct{ buckets [][]T }

// newWheel makes a wheel for delays of 1 to longest ticks.
func newWheel[T any](longest int) wheel[T] { return wheel[T]{buckets: make([][]T, longest+1)} }

// add schedules x for tick; merge, when set, may fold x into the last item
// due then and report that it did.
func (w *wheel[T]) add(tick int, x T, merge func(last *T, x T) bool) {
	b := &w.buckets[tick%len(w.buckets)]
	if k := len(*b); k > 0 && merge != nil && merge(&(*b)[k-1], x) {
		return
	}
	*b = append(*b, x)
}

// due empties the bucket of tick and returns its items, valid until the next
// add for that bucket.
func (w *wheel[T]) due(tick int) []T {
	b := &w.buckets[tick%len(w.buckets)]
	out := *b
	*b = (*b)[:0]
	return out
}
