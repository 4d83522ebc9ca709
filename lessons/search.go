package lessons

import (
	"sort"
	"strings"
	"unicode"
)

// Match tiers of SearchGlossary, best first.
const (
	tierExact      = iota // the term is the query
	tierPrefix            // the term starts with the query
	tierWordStart         // the query appears at the start of a later word
	tierAcronym           // each run of the query starts a word ("mtbf")
	tierSubseq            // the query's letters appear in order
	tierDefinition        // only the definition contains the query
)

// subseqStartLimit separates the gap from the start in a subsequence score.
const subseqStartLimit = 1 << 16

// SearchGlossary returns the glossary terms matching query, ignoring case,
// best matches first. A term matches if the query's characters appear in it
// in order; terms whose definition merely contains the query come after all
// of those. Ranking, best first: the term itself, a prefix of the term, the
// start of a later word, runs that each start a word (as "mtbf" matches "Mean
// time between failures"), then any in-order match, fewer characters skipped
// first, then earlier in the term. Ties keep glossary order. An empty query returns every term.
func (c *Course) SearchGlossary(query string) []Term {
	q := []rune(strings.ToLower(strings.TrimSpace(query)))
	if len(q) == 0 {
		return append([]Term(nil), c.Glossary...)
	}
	type hit struct {
		term        Term
		tier, score int
	}
	var hits []hit
	for _, t := range c.Glossary {
		if tier, score, ok := matchTerm(q, []rune(strings.ToLower(t.Term))); ok {
			hits = append(hits, hit{t, tier, score})
		} else if i := strings.Index(strings.ToLower(t.Definition), string(q)); i >= 0 {
			hits = append(hits, hit{t, tierDefinition, i})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].tier != hits[j].tier {
			return hits[i].tier < hits[j].tier
		}
		return hits[i].score < hits[j].score
	})
	out := make([]Term, len(hits))
	for i, h := range hits {
		out[i] = h.term
	}
	return out
}

// matchTerm ranks how the lowercase query q matches the lowercase term t:
// its tier and, within the tier, a score where lower is better.
func matchTerm(q, t []rune) (tier, score int, ok bool) {
	if len(q) > len(t) {
		return 0, 0, false
	}
	if string(q) == string(t) {
		return tierExact, 0, true
	}
	if string(t[:len(q)]) == string(q) {
		return tierPrefix, 0, true
	}
	for i := 1; i+len(q) <= len(t); i++ {
		if wordStart(t, i) && string(t[i:i+len(q)]) == string(q) {
			return tierWordStart, i, true
		}
	}
	if runs, ok := acronymMatch(q, t); ok {
		return tierAcronym, runs, true
	}
	if gap, start, ok := smallestGap(q, t); ok {
		// Fewer skipped characters first, then the earlier start.
		return tierSubseq, gap*subseqStartLimit + min(start, subseqStartLimit-1), true
	}
	return 0, 0, false
}

// wordStart reports whether t[i] begins a word: a letter or digit at the
// start or after a character that is neither.
func wordStart(t []rune, i int) bool {
	if !isWordRune(t[i]) {
		return false
	}
	return i == 0 || !isWordRune(t[i-1])
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// acronymMatch reports whether q matches t as a subsequence in which every
// run of consecutive matched characters begins at a word start, and returns
// the fewest runs such a match needs.
func acronymMatch(q, t []rune) (runs int, ok bool) {
	const none = -1
	// best[i][j]: fewest runs to match q[i:] when q[i] sits at t[j], or none.
	best := make([][]int, len(q))
	for i := range best {
		best[i] = make([]int, len(t))
	}
	for i := len(q) - 1; i >= 0; i-- {
		for j := len(t) - 1; j >= 0; j-- {
			best[i][j] = none
			if t[j] != q[i] {
				continue
			}
			if i == len(q)-1 {
				best[i][j] = 0
				continue
			}
			// Continue the run at j+1, or start a new run at a later word start.
			if j+1 < len(t) && best[i+1][j+1] != none {
				best[i][j] = best[i+1][j+1]
			}
			for k := j + 2; k < len(t); k++ {
				if wordStart(t, k) && best[i+1][k] != none && (best[i][j] == none || best[i+1][k]+1 < best[i][j]) {
					best[i][j] = best[i+1][k] + 1
				}
			}
		}
	}
	runs = none
	for j := range t {
		if wordStart(t, j) && best[0][j] != none && (runs == none || best[0][j]+1 < runs) {
			runs = best[0][j] + 1
		}
	}
	return runs, runs != none
}

// smallestGap reports whether q is a subsequence of t and returns the fewest
// characters of t skipped between the first and last matched characters,
// with the earliest start that achieves it.
func smallestGap(q, t []rune) (gap, start int, ok bool) {
	gap = -1
	for s := range t {
		if t[s] != q[0] {
			continue
		}
		i, j := 1, s+1
		for ; i < len(q) && j < len(t); j++ {
			if t[j] == q[i] {
				i++
			}
		}
		if i < len(q) {
			break // no later start can match either
		}
		if g := j - s - len(q); gap < 0 || g < gap {
			gap, start = g, s
		}
	}
	return gap, start, gap >= 0
}
