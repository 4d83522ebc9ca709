package link

import (
	"context"
	"encoding/json"
	"net"
	"time"

	"faultline/internal/lecture"
)

// Update is one event seen by a follower.
type Update struct {
	// State is the latest state published. While disconnected it is the last
	// state received before the presenter went away (zero if none yet).
	State lecture.State
	// Connected is false when the presenter is gone and Follow is waiting
	// for it to come back.
	Connected bool
}

// Backoff between attempts to reach the presenter: it starts at minBackoff
// and doubles up to maxBackoff, and is reset by each successful connection.
var (
	minBackoff = 50 * time.Millisecond
	maxBackoff = time.Second
)

// Follow connects to the presenter at path and delivers every state it
// publishes. When the presenter cannot be reached, at the start or after it
// goes away, Follow delivers an Update with Connected false and retries with
// a short backoff, so a notes view survives the presenter restarting.
//
// Connected updates always carry a published state: a presenter that has
// not published yet is not reported until it does. The channel holds only
// the latest update: a reader that falls behind skips
// to the newest one. Follow stops, closing the channel, when ctx is done.
func Follow(ctx context.Context, path string) <-chan Update {
	ch := make(chan Update, 1)
	go follow(ctx, path, ch)
	return ch
}

// follow is Follow's loop: connect, read states until the connection ends,
// report the disconnection, wait, and again.
func follow(ctx context.Context, path string, ch chan Update) {
	defer close(ch)
	var (
		last    lecture.State
		wait    = minBackoff
		dialer  net.Dialer
		waiting bool // a Connected false update has been sent for this outage
	)
	for ctx.Err() == nil {
		conn, err := dialer.DialContext(ctx, "unix", path)
		if err == nil {
			wait = minBackoff
			waiting = false
			last = receive(ctx, conn, last, ch)
		}
		if ctx.Err() != nil {
			return
		}
		if !waiting {
			send(ch, Update{State: last})
			waiting = true
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(wait*2, maxBackoff)
	}
}

// receive delivers the states read from conn until it ends or ctx is done,
// and returns the last state read (or last if none).
func receive(ctx context.Context, conn net.Conn, last lecture.State, ch chan Update) lecture.State {
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	defer conn.Close()
	dec := json.NewDecoder(conn)
	for {
		var st lecture.State
		if err := dec.Decode(&st); err != nil {
			return last
		}
		last = st
		send(ch, Update{State: st, Connected: true})
	}
}

// send puts u in ch, replacing an update the reader has not taken yet. follow
// is ch's only sender, so the final send cannot block.
func send(ch chan Update, u Update) {
	select {
	case ch <- u:
		return
	default:
	}
	select {
	case <-ch:
	default:
	}
	ch <- u
}
