package quiz

import (
	"hash/fnv"
	"math/rand/v2"
)

// ShownSeed is the seed of every place that shows a question outside a quiz
// session: a lesson's quiz card, the question opened live from it, the
// lecture's quiz card, the classroom and the handout. Sharing it is what
// makes a question carry the same letters on all of them.
const ShownSeed uint64 = 0

// Deal returns q as it is shown: its choices and pairs shuffled, and the
// shown order of its items and right sides. The shuffle depends only on
// q.ID and seed, so the same question with the same seed is lettered the
// same wherever it appears, whatever else is shown beside it. Order and
// match questions never start out solved. q is not modified.
func Deal(q Question, seed uint64) Card {
	h := fnv.New64a()
	h.Write([]byte(q.ID))
	rng := rand.New(rand.NewPCG(seed, h.Sum64()))
	c := Card{Question: q}
	if len(q.Choices) > 0 {
		cs := append([]Choice(nil), q.Choices...)
		rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		c.Question.Choices = cs
	}
	if len(q.Items) > 0 {
		c.ItemOrder = derange(len(q.Items), rng)
	}
	if len(q.Pairs) > 0 {
		ps := append([]Pair(nil), q.Pairs...)
		rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
		c.Question.Pairs = ps
		c.RightOrder = derange(len(ps), rng)
	}
	return c
}

// Letter labels the i-th option as shown: A, B, C … Z, then "?" for a
// position no question reaches.
func Letter(i int) string {
	if i < 0 || i >= 26 {
		return "?"
	}
	return string(rune('A' + i))
}

// derange returns a shuffled order of 0..n-1 that is not the identity when
// n > 1, so an order or match question never starts out solved.
func derange(n int, rng *rand.Rand) []int {
	p := rng.Perm(n)
	if n > 1 && isIdentity(p) {
		p[0], p[1] = p[1], p[0]
	}
	return p
}

// isIdentity reports whether p is 0, 1, 2 …
func isIdentity(p []int) bool {
	for i, v := range p {
		if v != i {
			return false
		}
	}
	return true
}
