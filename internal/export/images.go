package export

import (
	"bytes"
	"encoding/base64"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"faultline/lessons"
)

// maxImageSize is the largest local image a handout inlines; a larger one
// is shown as its name, like a remote one.
const maxImageSize = 2 << 20

// imageTypes are the image files a handout inlines, by extension.
var imageTypes = map[string]string{
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
	".webp": "image/webp", ".svg": "image/svg+xml",
}

// selfContainedImages renders the images of a handout so that the page
// needs nothing beside itself: a local image is inlined as a data URL, and
// any other (a remote address, a missing or too large file) is shown as
// its description and address in words, never fetched. A relative path is
// looked for in the folders of the lessons, in their order.
type selfContainedImages struct {
	dirs []string
}

// newSelfContainedImages is the image renderer for a handout of ls.
func newSelfContainedImages(ls []lessons.Lesson) selfContainedImages {
	var r selfContainedImages
	seen := map[string]bool{}
	for _, l := range ls {
		if l.File == "" {
			continue
		}
		d := filepath.Dir(l.File)
		if !seen[d] {
			seen[d] = true
			r.dirs = append(r.dirs, d)
		}
	}
	return r
}

// RegisterFuncs replaces goldmark's renderer of images.
func (r selfContainedImages) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindImage, r.render)
}

// render writes an image inlined, or its description and address as text.
func (r selfContainedImages) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	alt := altText(n, source)
	dest := string(n.Destination)
	if data, ok := r.inline(dest); ok {
		_, _ = w.WriteString(`<img src="` + html.EscapeString(data) + `" alt="` + html.EscapeString(alt) + `">`)
		return ast.WalkSkipChildren, nil
	}
	what := "image"
	if alt != "" {
		what = "image: " + alt
	}
	_, _ = w.WriteString(`<span class="image">[` + html.EscapeString(what) + `] `)
	if u, err := url.Parse(dest); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		_, _ = w.WriteString(`<a href="` + html.EscapeString(dest) + `">` + html.EscapeString(dest) + `</a>`)
	} else {
		_, _ = w.WriteString(`<code>` + html.EscapeString(dest) + `</code>`)
	}
	_, _ = w.WriteString(`</span>`)
	return ast.WalkSkipChildren, nil
}

// inline returns dest as a data URL when it names a readable local image
// of a known type and at most maxImageSize bytes.
func (r selfContainedImages) inline(dest string) (string, bool) {
	if strings.HasPrefix(dest, "data:image/") {
		return dest, true
	}
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" {
		return "", false
	}
	mime, ok := imageTypes[strings.ToLower(filepath.Ext(u.Path))]
	if !ok {
		return "", false
	}
	name := filepath.FromSlash(u.Path)
	candidates := []string{name}
	if !filepath.IsAbs(name) {
		candidates = nil
		for _, d := range r.dirs {
			candidates = append(candidates, filepath.Join(d, name))
		}
	}
	for _, c := range candidates {
		data, ok := readImage(c)
		if ok {
			return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data), true
		}
	}
	return "", false
}

// readImage reads a regular file of at most maxImageSize bytes.
func readImage(name string) ([]byte, bool) {
	info, err := os.Stat(name)
	if err != nil || !info.Mode().IsRegular() || info.Size() > maxImageSize {
		return nil, false
	}
	data, err := os.ReadFile(name)
	if err != nil || len(data) > maxImageSize {
		return nil, false
	}
	return data, true
}

// altText is the text of an image's description.
func altText(n ast.Node, source []byte) string {
	var b bytes.Buffer
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(source))
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
