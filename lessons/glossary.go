package lessons

import (
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"faultline/internal/termtext"
)

// glossaryEntry is a parsed glossary term with where it was defined.
type glossaryEntry struct {
	Term
	file       string
	line       int
	lessonLine int
}

// parseGlossary reads one glossary file: a YAML list of mappings with the
// keys term, lesson and definition, all required.
func parseGlossary(file, text string, ps *Problems) []glossaryEntry {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		reportYAMLError(file, 0, err, text, ps)
		return nil
	}
	if len(doc.Content) == 0 {
		return nil
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		ps.Add(file, list.Line, "glossary must be a list of entries, each with term, lesson and definition")
		return nil
	}
	var out []glossaryEntry
	for _, item := range list.Content {
		if e, ok := parseGlossaryEntry(file, item, ps); ok {
			out = append(out, e)
		}
	}
	return out
}

// parseGlossaryEntry reads one entry of a glossary list.
func parseGlossaryEntry(file string, item *yaml.Node, ps *Problems) (glossaryEntry, bool) {
	e := glossaryEntry{file: file, line: item.Line, lessonLine: item.Line}
	if item.Kind != yaml.MappingNode {
		ps.Add(file, item.Line, "glossary entry must be a mapping with term, lesson and definition")
		return e, false
	}
	ok := true
	seen := map[string]bool{}
	for i := 0; i+1 < len(item.Content); i += 2 {
		key, val := item.Content[i], item.Content[i+1]
		if seen[key.Value] {
			ps.Add(file, key.Line, "glossary key %q appears twice in one entry", key.Value)
			ok = false
			continue
		}
		seen[key.Value] = true
		var dst *string
		switch key.Value {
		case "term":
			dst = &e.Term.Term
		case "lesson":
			dst, e.lessonLine = &e.Lesson, key.Line
		case "definition":
			dst = &e.Definition
		default:
			ps.Add(file, key.Line, "unknown glossary key %q; want term, lesson or definition", key.Value)
			ok = false
			continue
		}
		if val.Kind != yaml.ScalarNode || val.Tag == "!!null" || strings.TrimSpace(termtext.Clean(val.Value)) == "" {
			ps.Add(file, key.Line, "glossary %s must be non-empty text", key.Value)
			ok = false
			continue
		}
		*dst = cleanValue(file, val.Line, val.Value, ps)
	}
	for _, k := range []string{"term", "lesson", "definition"} {
		if !seen[k] {
			ps.Add(file, item.Line, "glossary entry lacks the required key %q", k)
			ok = false
		}
	}
	if ok && strings.Contains(e.Term.Term, "\n") {
		ps.Add(file, item.Line, "glossary term %q must be a single line", e.Term.Term)
		ok = false
	}
	return e, ok
}

// checkGlossary reports duplicate terms and links that do not resolve, and
// returns the terms sorted by term, ignoring case.
func checkGlossary(c *Course, entries []glossaryEntry, ps *Problems) []Term {
	first := map[string]glossaryEntry{}
	terms := make([]Term, 0, len(entries))
	for _, e := range entries {
		key := strings.ToLower(e.Term.Term)
		if prev, dup := first[key]; dup {
			ps.Add(e.file, e.line, "glossary term %q is already defined at %s:%d", e.Term.Term, prev.file, prev.line)
			continue
		}
		first[key] = e
		if _, _, ok := c.Resolve(e.Lesson); !ok {
			ps.Add(e.file, e.lessonLine, "glossary term %q links to %q, which is not a LESSON#SECTION of this course", e.Term.Term, e.Lesson)
		}
		terms = append(terms, e.Term)
	}
	sort.SliceStable(terms, func(i, j int) bool {
		a, b := strings.ToLower(terms[i].Term), strings.ToLower(terms[j].Term)
		if a != b {
			return a < b
		}
		return terms[i].Term < terms[j].Term
	})
	return terms
}
