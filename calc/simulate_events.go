package calc

import "math"

// The kinds of simulation event.
const (
	evFail        uint8 = iota // a component fails on its own
	evRepaired                 // a repair ends
	evCommonCause              // a common cause strikes a redundancy group
)

// event is something that happens at time t (seconds) to leaf or group idx.
type event struct {
	t    float64
	ver  uint32
	idx  int32
	kind uint8
}

// eventHeap is a binary min-heap of events by time, written out rather than
// through container/heap so that pushing and popping do not box events.
type eventHeap struct{ items []event }

func (h *eventHeap) len() int { return len(h.items) }

func (h *eventHeap) push(e event) {
	h.items = append(h.items, e)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.items[p].t <= e.t {
			break
		}
		h.items[i] = h.items[p]
		i = p
	}
	h.items[i] = e
}

func (h *eventHeap) pop() event {
	top := h.items[0]
	last := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	n := len(h.items)
	if n == 0 {
		return top
	}
	i := 0
	for {
		c := 2*i + 1
		if c >= n {
			break
		}
		if c+1 < n && h.items[c+1].t < h.items[c].t {
			c++
		}
		if last.t <= h.items[c].t {
			break
		}
		h.items[i] = h.items[c]
		i = c
	}
	h.items[i] = last
	return top
}

// quantile returns the q-quantile of xs (nearest rank), reordering xs. It
// selects in linear expected time rather than sorting, since a long run
// records millions of outages.
func quantile(xs []float64, q float64) float64 {
	k := min(len(xs)-1, max(0, int(math.Ceil(q*float64(len(xs))))-1))
	lo, hi := 0, len(xs)-1
	for lo < hi {
		pivot := xs[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for xs[i] < pivot {
				i++
			}
			for xs[j] > pivot {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}
