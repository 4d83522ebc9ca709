package quiz

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"faultline/internal/termtext"
	"faultline/lessons"
)

// entry is a question as read from its file, before it is checked: the
// question so far, the keys it had and the line of each key.
type entry struct {
	q Question
	// keys maps each key present to its line.
	keys map[string]int
	// compute is the numeric calculation as written, with each key's line.
	compute     Compute
	computeKeys map[string]int
	// tolerance is the numeric tolerance as written, or "".
	tolerance string
	// broken reports that reading the question already found a problem.
	broken bool
}

// line returns the line of key, or of the question when the key is absent.
func (e *entry) line(key string) int {
	if l, ok := e.keys[key]; ok {
		return l
	}
	return e.q.Line
}

// questionKeys are the keys a question may have.
var questionKeys = []string{"id", "type", "section", "prompt", "hint", "explanation", "choices", "answer", "compute", "tolerance", "classes", "items", "pairs"}

// parseFile reads one bank file: a YAML list of question mappings.
func parseFile(file, lesson string, data []byte, ps *lessons.Problems) []entry {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := lessons.YAMLError(err, string(data))
		ps.Add(file, line, "invalid YAML: %s", msg)
		return nil
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.SequenceNode || len(doc.Content[0].Content) == 0 {
		ps.Add(file, 0, "a bank file must be a non-empty list of questions")
		return nil
	}
	warnRemoved(file, &doc, ps)
	var out []entry
	for _, item := range doc.Content[0].Content {
		if e, ok := parseQuestion(file, lesson, item, ps); ok || e.q.ID != "" {
			e.broken = !ok
			out = append(out, e)
		}
	}
	return out
}

// warnRemoved warns at the line of every scalar in n whose text loses a
// control sequence to termtext.Clean: one written as a YAML escape
// ("\e]0;…") is removed like a raw one, and reported like one.
func warnRemoved(file string, n *yaml.Node, ps *lessons.Problems) {
	if n.Kind == yaml.ScalarNode && termtext.Clean(n.Value) != n.Value {
		ps.Warn(file, n.Line, "control sequence removed")
	}
	for _, c := range n.Content {
		warnRemoved(file, c, ps)
	}
}

// parseQuestion reads one question mapping. It reports keys that are unknown
// or have values of the wrong shape; the rules of each type are checked later.
func parseQuestion(file, lesson string, n *yaml.Node, ps *lessons.Problems) (entry, bool) {
	e := entry{q: Question{Lesson: lesson, File: file, Line: n.Line}, keys: map[string]int{}}
	if n.Kind != yaml.MappingNode {
		ps.Add(file, n.Line, "a question must be a mapping with id, type, section, prompt and explanation")
		return e, false
	}
	ok := true
	bad := func(line int, format string, args ...any) {
		ps.Add(file, line, format, args...)
		ok = false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if _, dup := e.keys[k.Value]; dup {
			bad(k.Line, "key %q appears twice in one question", k.Value)
			continue
		}
		e.keys[k.Value] = k.Line
		switch k.Value {
		case "id", "type", "section", "prompt", "hint", "explanation", "tolerance":
			s, good := text(v)
			if !good {
				bad(k.Line, "%s must be non-empty text", k.Value)
				continue
			}
			switch k.Value {
			case "id":
				e.q.ID = s
			case "type":
				e.q.Type = Type(s)
			case "section":
				e.q.Section = s
			case "prompt":
				e.q.Prompt = s
			case "hint":
				e.q.Hint = s
			case "explanation":
				e.q.Explanation = s
			case "tolerance":
				e.tolerance = s
			}
		case "answer":
			b, isBool := yamlBool(v)
			if !isBool {
				bad(k.Line, "answer must be true or false, not %q", v.Value)
				continue
			}
			e.q.Answer = b
		case "choices":
			cs, good := parseChoices(file, k, v, ps)
			e.q.Choices = cs
			ok = ok && good
		case "items":
			items, good := textList(v)
			if !good {
				bad(k.Line, "items must be a list of non-empty texts")
				continue
			}
			e.q.Items = items
		case "pairs":
			pairs, good := parsePairs(file, k, v, ps)
			e.q.Pairs = pairs
			ok = ok && good
		case "classes":
			classes, good := textMap(file, k, v, ps)
			e.q.Classes = classes
			ok = ok && good
		case "compute":
			m, good := textMap(file, k, v, ps)
			ok = ok && good
			e.computeKeys = map[string]int{}
			for j := 0; j+1 < len(v.Content); j += 2 {
				e.computeKeys[v.Content[j].Value] = v.Content[j].Line
			}
			for key, val := range m {
				switch key {
				case "downtime":
					e.compute.Downtime = val
				case "budget":
					e.compute.Budget = val
				case "per":
					e.compute.Per = val
				case "mtbf":
					e.compute.MTBF = val
				case "mttr":
					e.compute.MTTR = val
				case "expr":
					e.compute.Expr = val
				default:
					bad(e.computeKeys[key], "unknown compute key %q; want downtime and per, budget and per, mtbf and mttr, or expr", key)
				}
			}
		default:
			delete(e.keys, k.Value)
			bad(k.Line, "unknown question key %q; want one of %s", k.Value, strings.Join(questionKeys, ", "))
		}
	}
	return e, ok
}

// text returns a scalar's text, sanitised and trimmed, and whether it is a
// non-empty scalar.
func text(v *yaml.Node) (string, bool) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		return "", false
	}
	// YAML escapes such as "\e" can produce control characters: sanitise.
	s := strings.TrimSpace(termtext.Clean(v.Value))
	return s, s != ""
}

// textList reads a list of non-empty scalars.
func textList(v *yaml.Node) ([]string, bool) {
	if v.Kind != yaml.SequenceNode {
		return nil, false
	}
	out := make([]string, 0, len(v.Content))
	for _, it := range v.Content {
		s, ok := text(it)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// textMap reads a mapping of keys to non-empty scalars.
func textMap(file string, k, v *yaml.Node, ps *lessons.Problems) (map[string]string, bool) {
	if v.Kind != yaml.MappingNode {
		ps.Add(file, k.Line, "%s must be a mapping of keys to values", k.Value)
		return nil, false
	}
	out := map[string]string{}
	ok := true
	for i := 0; i+1 < len(v.Content); i += 2 {
		key, val := v.Content[i], v.Content[i+1]
		if _, dup := out[key.Value]; dup {
			ps.Add(file, key.Line, "%s key %q appears twice", k.Value, key.Value)
			ok = false
			continue
		}
		s, good := text(val)
		if !good {
			ps.Add(file, key.Line, "%s key %q must have a non-empty value", k.Value, key.Value)
			ok = false
			continue
		}
		out[key.Value] = s
	}
	return out, ok
}

// parseChoices reads a list of {text, correct} mappings.
func parseChoices(file string, k, v *yaml.Node, ps *lessons.Problems) ([]Choice, bool) {
	if v.Kind != yaml.SequenceNode {
		ps.Add(file, k.Line, "choices must be a list of mappings with text and, on the right ones, correct: true")
		return nil, false
	}
	var out []Choice
	ok := true
	for _, it := range v.Content {
		m, good := fields(file, "choice", it, ps, "text", "correct")
		if !good {
			ok = false
			continue
		}
		c := Choice{}
		if t, has := m["text"]; !has || t.text == "" {
			ps.Add(file, it.Line, "a choice needs non-empty text")
			ok = false
			continue
		} else {
			c.Text = t.text
		}
		if cv, has := m["correct"]; has {
			b, isBool := yamlBool(cv.node)
			if !isBool {
				ps.Add(file, cv.node.Line, "correct must be true or false, not %q", cv.node.Value)
				ok = false
				continue
			}
			c.Correct = b
		}
		out = append(out, c)
	}
	return out, ok
}

// parsePairs reads a list of {left, right} mappings.
func parsePairs(file string, k, v *yaml.Node, ps *lessons.Problems) ([]Pair, bool) {
	if v.Kind != yaml.SequenceNode {
		ps.Add(file, k.Line, "pairs must be a list of mappings with left and right")
		return nil, false
	}
	var out []Pair
	ok := true
	for _, it := range v.Content {
		m, good := fields(file, "pair", it, ps, "left", "right")
		if !good {
			ok = false
			continue
		}
		l, r := m["left"], m["right"]
		if l.text == "" || r.text == "" {
			ps.Add(file, it.Line, "a pair needs non-empty left and right")
			ok = false
			continue
		}
		out = append(out, Pair{Left: l.text, Right: r.text})
	}
	return out, ok
}

// field is one scalar value of a small mapping, with its node.
type field struct {
	text string
	node *yaml.Node
}

// fields reads a small mapping of scalars, refusing keys not in allowed.
func fields(file, what string, it *yaml.Node, ps *lessons.Problems, allowed ...string) (map[string]field, bool) {
	if it.Kind != yaml.MappingNode {
		ps.Add(file, it.Line, "a %s must be a mapping with %s", what, strings.Join(allowed, " and "))
		return nil, false
	}
	out := map[string]field{}
	ok := true
	for i := 0; i+1 < len(it.Content); i += 2 {
		key, val := it.Content[i], it.Content[i+1]
		known := false
		for _, a := range allowed {
			known = known || key.Value == a
		}
		if !known {
			ps.Add(file, key.Line, "unknown %s key %q; want %s", what, key.Value, strings.Join(allowed, " or "))
			ok = false
			continue
		}
		if val.Kind != yaml.ScalarNode {
			ps.Add(file, key.Line, "%s %s must be a single value", what, key.Value)
			ok = false
			continue
		}
		s, _ := text(val)
		out[key.Value] = field{text: s, node: val}
	}
	return out, ok
}

// yamlBool reads a scalar tagged !!bool. ok is false for anything else,
// including an explicit tag on a word such as `!!bool yes`, which would
// otherwise be read as false and silently flip a question's answer.
func yamlBool(n *yaml.Node) (value, ok bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		return false, false
	}
	b, err := strconv.ParseBool(strings.ToLower(n.Value))
	return b, err == nil
}
