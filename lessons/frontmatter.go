package lessons

import (
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// maxIDLength keeps lesson ids short enough to type and to show in lists.
const maxIDLength = 40

// maxMinutes is the longest reading time a lesson may claim.
const maxMinutes = 600

// idPattern is the accepted form of a lesson id.
var idPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`) })

// frontMatter is a lesson's parsed front matter, with the lines of the keys
// that later checks across lessons need to point at.
type frontMatter struct {
	id, title, summary string
	order, minutes     int
	idLine, orderLine  int
}

// requiredKeys are the front matter keys every lesson must have, in the order
// they are reported when missing.
var requiredKeys = []string{"id", "title", "order", "minutes", "summary"}

// splitFrontMatter finds the front matter at the top of a lesson's lines. It
// returns the YAML lines, the index of the first body line, and false if the
// file does not start with a "---" line or the block is never closed.
func splitFrontMatter(file string, lines []string, ps *Problems) (yamlLines []string, bodyStart int, ok bool) {
	if len(lines) == 0 || strings.TrimRight(lines[0], " \t") != "---" {
		ps.Add(file, 1, "lesson must start with front matter between two --- lines")
		return nil, 0, false
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(lines[i], " \t") == "---" {
			return lines[1:i], i + 1, true
		}
	}
	ps.Add(file, 1, "front matter opened here is never closed by a --- line")
	return nil, len(lines), false
}

// parseFrontMatter decodes and checks the front matter YAML. The YAML starts
// on line 2 of the file.
func parseFrontMatter(file string, yamlLines []string, ps *Problems) frontMatter {
	const offset = 1 // the YAML's line 1 is the file's line 2
	var fm frontMatter
	var doc yaml.Node
	text := strings.Join(yamlLines, "\n")
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		reportYAMLError(file, offset, err, text, ps)
		return fm
	}
	seen := map[string]bool{}
	if len(doc.Content) > 0 {
		m := doc.Content[0]
		if m.Kind != yaml.MappingNode {
			ps.Add(file, offset+m.Line, "front matter must be a mapping of keys to values")
			return fm
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			key, val := m.Content[i], m.Content[i+1]
			line := offset + key.Line
			if seen[key.Value] {
				ps.Add(file, line, "front matter key %q appears twice", key.Value)
				continue
			}
			seen[key.Value] = true
			checkFrontMatterKey(file, line, key.Value, val, &fm, ps)
		}
	}
	for _, k := range requiredKeys {
		if !seen[k] {
			ps.Add(file, 1, "front matter lacks the required key %q", k)
		}
	}
	return fm
}

// checkFrontMatterKey checks one key's value and stores it in fm.
func checkFrontMatterKey(file string, line int, key string, val *yaml.Node, fm *frontMatter, ps *Problems) {
	switch key {
	case "id":
		id, ok := scalarText(file, line, key, val, ps)
		if !ok {
			return
		}
		fm.idLine = line
		switch {
		case !idPattern().MatchString(id):
			ps.Add(file, line, "id %q must be lowercase letters, digits and single inner hyphens (a-z0-9-)", id)
		case len(id) > maxIDLength:
			ps.Add(file, line, "id %q is longer than %d characters", id, maxIDLength)
		default:
			fm.id = id
		}
	case "title":
		fm.title, _ = scalarText(file, line, key, val, ps)
	case "summary":
		fm.summary, _ = scalarText(file, line, key, val, ps)
	case "order":
		if n, ok := wholeNumber(file, line, key, val, ps); ok {
			if n < 1 {
				ps.Add(file, line, "order %d must be 1 or more", n)
				return
			}
			fm.order, fm.orderLine = n, line
		}
	case "minutes":
		if n, ok := wholeNumber(file, line, key, val, ps); ok {
			if n < 1 || n > maxMinutes {
				ps.Add(file, line, "minutes %d must be between 1 and %d", n, maxMinutes)
				return
			}
			fm.minutes = n
		}
	default:
		ps.Add(file, line, "unknown front matter key %q; want id, title, order, minutes or summary", key)
	}
}

// scalarText returns a key's value as one non-empty line of text.
func scalarText(file string, line int, key string, val *yaml.Node, ps *Problems) (string, bool) {
	if val.Kind != yaml.ScalarNode || val.Tag == "!!null" {
		ps.Add(file, line, "%s must be a single line of text", key)
		return "", false
	}
	s := cleanValue(file, line, val.Value, ps)
	switch {
	case s == "":
		ps.Add(file, line, "%s is empty", key)
		return "", false
	case strings.Contains(s, "\n"):
		ps.Add(file, line, "%s must be a single line of text", key)
		return "", false
	}
	return s, true
}

// wholeNumber returns a key's value as an integer.
func wholeNumber(file string, line int, key string, val *yaml.Node, ps *Problems) (int, bool) {
	var n int
	if val.Kind != yaml.ScalarNode || val.Tag != "!!int" || val.Decode(&n) != nil {
		ps.Add(file, line, "%s %q must be a whole number", key, val.Value)
		return 0, false
	}
	return n, true
}

// reportYAMLError records a YAML decoding error, moving the line it names by
// offset so that it points into the file rather than into the YAML text.
func reportYAMLError(file string, offset int, err error, text string, ps *Problems) {
	line, msg := YAMLError(err, text)
	ps.Add(file, offset+max(line, 1), "invalid YAML: %s", msg)
}
