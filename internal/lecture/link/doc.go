// Package link is the local channel between the terminal presenting a lecture
// and the terminals showing its speaker notes.
//
// The presenter listens on a Unix socket (see DefaultSocketPath) and
// publishes its lecture.State; every follower receives one JSON object per
// line, the current state first. Publishing never waits for a follower: each
// follower has a mailbox holding only the latest state, so a slow or stuck
// follower misses intermediate states rather than holding the presenter up.
// Followers reconnect when the presenter goes away and comes back.
//
// The socket lives in a directory only its owner may enter (mode 0700) and is
// itself mode 0600, so only the presenting user can follow the lecture.
package link
