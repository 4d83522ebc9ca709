package export

import "strings"

// replaceLiveBlocks returns md with every live block (a fenced code block
// whose info string starts with "faultline") replaced by render's Markdown
// for it, indented like the fence. Other code blocks are kept as written,
// so an example of a live block inside a longer fence stays an example.
func replaceLiveBlocks(md string, render func(info string) string) string {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		indent, char, n, info, ok := openingFence(lines[i])
		if !ok {
			out = append(out, lines[i])
			continue
		}
		live := isLive(info)
		if !live {
			out = append(out, lines[i])
		}
		for i+1 < len(lines) {
			i++
			if closesFence(lines[i], char, n) {
				if !live {
					out = append(out, lines[i])
				}
				break
			}
			if !live {
				out = append(out, lines[i])
			}
		}
		if live {
			if len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" {
				out = append(out, "")
			}
			for _, l := range strings.Split(strings.TrimRight(render(info), "\n"), "\n") {
				if l != "" {
					l = indent + l
				}
				out = append(out, l)
			}
			if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) != "" {
				out = append(out, "")
			}
		}
	}
	return strings.Join(out, "\n")
}

// isLive reports whether a fence's info string opens a live block.
func isLive(info string) bool {
	f := strings.Fields(info)
	return len(f) > 0 && f[0] == "faultline"
}

// openingFence reports whether line opens a fenced code block and returns
// its indentation, fence character, run length and info string.
func openingFence(line string) (indent string, char byte, n int, info string, ok bool) {
	l := strings.TrimLeft(line, " \t")
	indent = line[:len(line)-len(l)]
	if len(l) < 3 || l[0] != '`' && l[0] != '~' {
		return "", 0, 0, "", false
	}
	n = run(l, l[0])
	if n < 3 {
		return "", 0, 0, "", false
	}
	info = strings.TrimSpace(l[n:])
	if l[0] == '`' && strings.ContainsRune(info, '`') {
		return "", 0, 0, "", false
	}
	return indent, l[0], n, info, true
}

// closesFence reports whether line closes a fence of n or more chars.
func closesFence(line string, char byte, n int) bool {
	l := strings.TrimLeft(line, " \t")
	k := run(l, char)
	return k >= n && strings.TrimSpace(l[k:]) == ""
}

// run counts the leading bytes of s equal to c.
func run(s string, c byte) int {
	k := 0
	for k < len(s) && s[k] == c {
		k++
	}
	return k
}
