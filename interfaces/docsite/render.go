// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"sort"
	"strings"
	texttemplate "text/template"
)

// Format is an output format of the site.
type Format string

// The formats.
const (
	// HTML is a static site: index.html, NAME.html for each
	// interface, style.css and filter.js.
	HTML Format = "html"
	// Markdown is index.md and NAME.md for each interface.
	Markdown Format = "markdown"
)

// File is one file of the site, by its name relative to the site's
// directory.
type File struct {
	Name string
	Data []byte
}

//go:embed templates/*.tmpl static/*
var assets embed.FS

// The templates, parsed once; each is executed with a typed value: the
// "index" template with a *Site, the "page" template with a *Page.
var (
	htmlTemplates = htmltemplate.Must(htmltemplate.New("html").Funcs(htmltemplate.FuncMap{
		"join":       strings.Join,
		"capitalize": capitalize,
		"article":    article,
	}).ParseFS(assets, "templates/html.tmpl"))
	markdownTemplates = texttemplate.Must(texttemplate.New("markdown").Funcs(texttemplate.FuncMap{
		"join":       strings.Join,
		"capitalize": capitalize,
		"md":         mdEscape,
		"mdText":     mdText,
		"cell":       mdCell,
		"article":    article,
	}).ParseFS(assets, "templates/markdown.tmpl"))
)

// staticFiles are the files the HTML site holds besides its pages.
var staticFiles = []string{"filter.js", "style.css"}

// Render returns the files of the site in a format, sorted by name.
// Rendering the same site gives the same bytes.
func (s *Site) Render(format Format) ([]File, error) {
	var ext string
	var exec func(name string, data interface{}) ([]byte, error)
	switch format {
	case HTML:
		ext = ".html"
		exec = func(name string, data interface{}) ([]byte, error) {
			var b bytes.Buffer
			err := htmlTemplates.ExecuteTemplate(&b, name, data)
			return b.Bytes(), err
		}
	case Markdown:
		ext = ".md"
		exec = func(name string, data interface{}) ([]byte, error) {
			var b bytes.Buffer
			err := markdownTemplates.ExecuteTemplate(&b, name, data)
			return b.Bytes(), err
		}
	default:
		return nil, fmt.Errorf("cannot render the reference as %q: want %q or %q", format, HTML, Markdown)
	}
	var files []File
	index, err := exec("index", s)
	if err != nil {
		return nil, fmt.Errorf("cannot render the index: %w", err)
	}
	files = append(files, File{Name: "index" + ext, Data: tidy(index)})
	for _, p := range s.Pages {
		data, err := exec("page", p)
		if err != nil {
			return nil, fmt.Errorf("cannot render the page of interface %q: %w", p.Name, err)
		}
		files = append(files, File{Name: p.Name + ext, Data: tidy(data)})
	}
	if format == HTML {
		for _, name := range staticFiles {
			data, err := assets.ReadFile("static/" + name)
			if err != nil {
				return nil, fmt.Errorf("internal error: %v", err)
			}
			files = append(files, File{Name: name, Data: data})
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}

// tidy drops the blank lines the templates' actions leave at the top,
// keeps at most one blank line in a row outside code blocks, and ends
// the file with one newline.
func tidy(data []byte) []byte {
	lines := strings.Split(strings.TrimLeft(string(data), "\n"), "\n")
	var out []string
	inPre, blank := false, false
	for _, line := range lines {
		fence := strings.HasPrefix(line, "```")
		if strings.Contains(line, "<pre") {
			inPre = true
		}
		if !inPre && strings.TrimSpace(line) == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, line)
		if strings.Contains(line, "</pre>") {
			inPre = false
		}
		if fence {
			inPre = !inPre
		}
	}
	return []byte(strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n")
}

// article puts "a" or "an" before a word.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}

// capitalize upper-cases the first letter of a phrase.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// mdSpecial are the characters Markdown may read as markup in text.
const mdSpecial = "\\`*_[]<>|"

// mdEscape escapes text for Markdown: each character that could be
// markup, and a line start that could open a heading, list or quote.
func mdEscape(s string) string {
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune(mdSpecial, r) || (i == 0 && strings.ContainsRune("#-+>", r)) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode writes a code span, with enough backquotes around it.
func mdCode(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// mdText writes a Text in Markdown.
func mdText(t Text) string {
	var b strings.Builder
	for _, s := range t {
		if s.Code {
			b.WriteString(mdCode(s.Text))
		} else {
			b.WriteString(mdEscape(s.Text))
		}
	}
	return b.String()
}

// mdCell escapes text for a table cell: on one line.
func mdCell(s string) string {
	return strings.ReplaceAll(mdEscape(s), "\n", " ")
}
