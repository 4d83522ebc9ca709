package lessons

import "strings"

// Slug turns a heading into a section id: lowercase, every run of characters
// other than a-z and 0-9 replaced by one "-", and no "-" at either end.
// "The network is reliable" becomes "the-network-is-reliable".
func Slug(heading string) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(heading) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if pending && b.Len() > 0 {
				b.WriteByte('-')
			}
			pending = false
			b.WriteRune(r)
			continue
		}
		pending = true
	}
	return b.String()
}
