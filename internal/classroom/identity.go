package classroom

import (
	"context"
	"maps"

	"golang.org/x/crypto/ssh"
)

// identityKey is the context key of a session's identity.
type identityKey struct{}

// IdentityKey is the key under which a session's context holds the
// identity its login proved (KeyIdentity of the public key it logged in
// with), for Identity to find. Only a login with a key proves one: a
// join code is the same for the whole room, and many students share an
// address behind one NAT, so neither tells one student from another.
var IdentityKey any = identityKey{}

// WithIdentity returns ctx holding identity id, as a login with a key
// leaves it.
func WithIdentity(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, IdentityKey, id)
}

// Identity is the identity ctx holds, "" for none.
func Identity(ctx context.Context) string {
	id, _ := ctx.Value(IdentityKey).(string)
	return id
}

// KeyIdentity is the identity of a student who logged in with key k: its
// SHA256 fingerprint.
func KeyIdentity(k ssh.PublicKey) string { return ssh.FingerprintSHA256(k) }

// Known returns the names of the students who gave no name, by the
// identity they logged in with (those who logged in without one are not
// in it): what a resumed lecture gives Config.Known, so that each keeps
// their "student-N" and their answers.
func (h *Hub) Known() map[string]string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return maps.Clone(h.known)
}
