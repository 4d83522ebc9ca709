package classroom

import (
	"context"
	"testing"
)

// TestSameKeyKeepsItsNumber: a student who gives no name but logs in
// with the same key again is the same "student-N", with their answers,
// in this lecture and after a restart (Known); one without a key, or
// while the first is still connected, is a new student.
func TestSameKeyKeepsItsNumber(t *testing.T) {
	h := NewHub(Config{})
	h.Publish(quizFrame(false))
	first, err := h.JoinAs("", "192.0.2.1:1", "SHA256:key-a")
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Answer(first, "availability-1", 2); err != nil {
		t.Fatal(err)
	}
	again, _ := h.JoinAs("", "192.0.2.1:2", "SHA256:key-a") // two terminals, one key
	if again.Name() == first.Name() {
		t.Fatalf("a second connection of a connected key took its name %q", first.Name())
	}
	h.Leave(again)
	h.Leave(first)
	noKey, _ := h.JoinAs("", "192.0.2.1:3", "")
	back, _ := h.JoinAs("", "198.51.100.7:4", "SHA256:key-a") // another address
	if back.Name() != first.Name() || noKey.Name() == first.Name() {
		t.Fatalf("back with the key as %q (no key %q), want %q", back.Name(), noKey.Name(), first.Name())
	}
	if c, ok := h.AnswerOf(back, "availability-1"); !ok || c != 2 {
		t.Errorf("back with the key, the answer is %d, %v; want 2", c, ok)
	}
	named, _ := h.JoinAs("bo", "192.0.2.1:5", "SHA256:key-b")
	if named.Name() != "bo" || len(h.Known()) != 1 {
		t.Errorf("a named student is %q and known %v; want bo, and only the anonymous one known", named.Name(), h.Known())
	}

	// After a restart: the known names come back, newcomers are numbered
	// after them, even one who never answered.
	known := h.Known()
	known["SHA256:key-c"] = "student-9"
	r := NewHub(Config{Known: known, NumberedBefore: 3})
	back, _ = r.JoinAs("", "192.0.2.1:6", "SHA256:key-a")
	if back.Name() != first.Name() {
		t.Errorf("after the restart the key is %q, want %q", back.Name(), first.Name())
	}
	if fresh, _ := r.JoinAs("", "192.0.2.1:7", "SHA256:key-d"); fresh.Name() != "student-10" {
		t.Errorf("a newcomer after the restart is %q, want student-10", fresh.Name())
	}
}

// TestIdentityInContext: a login's identity travels in the session's
// context.
func TestIdentityInContext(t *testing.T) {
	if got := Identity(context.Background()); got != "" {
		t.Errorf("no identity: %q", got)
	}
	if got := Identity(WithIdentity(context.Background(), "SHA256:x")); got != "SHA256:x" {
		t.Errorf("identity %q, want SHA256:x", got)
	}
}
