// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/docsite"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type siteSuite struct{}

var _ = check.Suite(&siteSuite{})

// built is the site of the catalogue, built once for the suite.
var built struct {
	once  sync.Once
	site  *docsite.Site
	files map[docsite.Format][]docsite.File
	err   error
}

func site(c *check.C) (*docsite.Site, map[docsite.Format][]docsite.File) {
	built.once.Do(func() {
		built.site, built.err = docsite.Build()
		if built.err != nil {
			return
		}
		built.files = map[docsite.Format][]docsite.File{}
		for _, f := range []docsite.Format{docsite.HTML, docsite.Markdown} {
			built.files[f], built.err = built.site.Render(f)
			if built.err != nil {
				return
			}
		}
	})
	c.Assert(built.err, check.IsNil)
	return built.site, built.files
}

func fileNamed(files []docsite.File, name string) []byte {
	for _, f := range files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// checkGolden compares data with testdata/NAME, or rewrites it with
// -update.
func checkGolden(c *check.C, name string, data []byte) {
	path := filepath.Join("testdata", name)
	if *update {
		c.Assert(os.WriteFile(path, data, 0o644), check.IsNil)
		return
	}
	want, err := os.ReadFile(path)
	c.Assert(err, check.IsNil, check.Commentf("regenerate with: go test ./interfaces/docsite -update"))
	c.Check(string(data), check.Equals, string(want), check.Commentf("%s is out of date: if the change is intended, regenerate it with: go test ./interfaces/docsite -update (or make golden), then review the diff", path))
}

// One whole page, in both formats.
func (s *siteSuite) TestGoldenPage(c *check.C) {
	_, files := site(c)
	checkGolden(c, "home.html.golden", fileNamed(files[docsite.HTML], "home.html"))
	checkGolden(c, "home.md.golden", fileNamed(files[docsite.Markdown], "home.md"))
}

// Building and rendering again gives the same bytes.
func (s *siteSuite) TestDeterministic(c *check.C) {
	_, files := site(c)
	again, err := docsite.Build()
	c.Assert(err, check.IsNil)
	for format, want := range files {
		got, err := again.Render(format)
		c.Assert(err, check.IsNil)
		c.Assert(got, check.HasLen, len(want))
		for i := range got {
			c.Check(got[i].Name, check.Equals, want[i].Name)
			c.Check(bytes.Equal(got[i].Data, want[i].Data), check.Equals, true, check.Commentf("%s differs between two renderings", got[i].Name))
		}
	}
}

// Every interface has a page and a row of the index in each format,
// and the HTML site has its stylesheet and script.
func (s *siteSuite) TestEveryInterface(c *check.C) {
	_, files := site(c)
	ifaces := builtin.Interfaces()
	c.Check(files[docsite.HTML], check.HasLen, len(ifaces)+3)
	c.Check(files[docsite.Markdown], check.HasLen, len(ifaces)+1)
	index := string(fileNamed(files[docsite.HTML], "index.html"))
	indexMD := string(fileNamed(files[docsite.Markdown], "index.md"))
	c.Check(strings.Count(index, "<tr id="), check.Equals, len(ifaces))
	for _, iface := range ifaces {
		name := iface.Name()
		c.Check(fileNamed(files[docsite.HTML], name+".html"), check.NotNil, check.Commentf(name))
		c.Check(fileNamed(files[docsite.Markdown], name+".md"), check.NotNil, check.Commentf(name))
		c.Check(index, testutil.Contains, `<tr id="`+name+`"><td><a href="`+name+`.html">`+name+`</a></td>`)
		c.Check(indexMD, testutil.Contains, "| ["+name+"]("+name+".md) | ")
	}
	c.Check(fileNamed(files[docsite.HTML], "style.css"), check.NotNil)
	c.Check(fileNamed(files[docsite.HTML], "filter.js"), check.NotNil)
}

var (
	htmlLink = regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	htmlID   = regexp.MustCompile(`\bid="([^"]*)"`)
	mdLink   = regexp.MustCompile(`\]\(([^)\s]*)\)`)
)

// Every link between the pages resolves: to a file of the site, and
// to an element of that file when it names one.
func (s *siteSuite) TestLinksResolve(c *check.C) {
	_, files := site(c)
	for format, link := range map[docsite.Format]*regexp.Regexp{docsite.HTML: htmlLink, docsite.Markdown: mdLink} {
		ids := map[string]map[string]bool{}
		for _, f := range files[format] {
			ids[f.Name] = map[string]bool{}
			for _, m := range htmlID.FindAllStringSubmatch(string(f.Data), -1) {
				ids[f.Name][m[1]] = true
			}
		}
		links := 0
		for _, f := range files[format] {
			for _, m := range link.FindAllStringSubmatch(string(f.Data), -1) {
				target := m[1]
				if strings.HasPrefix(target, "https://") {
					continue
				}
				links++
				file, frag, _ := strings.Cut(target, "#")
				if file == "" {
					file = f.Name
				}
				found, ok := ids[file]
				if !c.Check(ok, check.Equals, true, check.Commentf("%s links to %q, which the site does not have", f.Name, target)) {
					continue
				}
				if frag != "" {
					c.Check(found[frag], check.Equals, true, check.Commentf("%s links to %q, which has no element %q", f.Name, target, frag))
				}
			}
		}
		// The index links every page, each page the index.
		c.Check(links > 3*len(builtin.Interfaces()), check.Equals, true, check.Commentf("%s: only %d links", format, links))
	}
}

var (
	htmlCode = regexp.MustCompile(`(?s)<pre[^>]*>.*?</pre>`)
	mdCode   = regexp.MustCompile("(?s)```.*?```")
	// placeholder is a label placeholder of policy text.
	placeholder = regexp.MustCompile(`###[A-Z_]+###`)
)

// No template action survives: no "{{" or "}}" outside the policy
// text and examples shown as code (where AppArmor's nested braces
// may close two at once), and no label placeholder anywhere.
func (s *siteSuite) TestNoTemplateActionSurvives(c *check.C) {
	_, files := site(c)
	for format, code := range map[docsite.Format]*regexp.Regexp{docsite.HTML: htmlCode, docsite.Markdown: mdCode} {
		for _, f := range files[format] {
			text := string(f.Data)
			c.Check(placeholder.FindString(text), check.Equals, "", check.Commentf(f.Name))
			prose := code.ReplaceAllString(text, "")
			c.Check(strings.Contains(prose, "{{"), check.Equals, false, check.Commentf(f.Name))
			c.Check(strings.Contains(prose, "}}"), check.Equals, false, check.Commentf(f.Name))
			c.Check(strings.Contains(text, "<no value>"), check.Equals, false, check.Commentf(f.Name))
		}
	}
}

// What the pages show is escaped: a summary, words or rules holding
// markup come out as text in both formats.
func (s *siteSuite) TestEscaping(c *check.C) {
	site := &docsite.Site{Pages: []*docsite.Page{{
		Name:    "evil",
		Summary: `allows <script>alert("x")</script> *bold* [link](x)`,
		Grants: []docsite.Grant{{Backend: "AppArmor", Hook: "a <b>hook</b>", Summary: "a <i>summary</i>",
			Groups: []docsite.Group{{Words: "words & <tags>", Rules: "/dev/null r, # <pre></pre>"}}}},
		Classic: docsite.NoSlot, Core: docsite.NoSlot, AppSlot: docsite.NoSlot,
		PlugAttributes: []interfaces.Attribute{{Side: "plug", Name: "a|b", Type: "string", Description: "pipes | and <tags>."}},
	}}}
	files, err := site.Render(docsite.HTML)
	c.Assert(err, check.IsNil)
	page := string(fileNamed(files, "evil.html"))
	c.Check(page, testutil.Contains, `Allows &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; *bold* [link](x).`)
	c.Check(page, testutil.Contains, `<pre>/dev/null r, # &lt;pre&gt;&lt;/pre&gt;</pre>`)
	c.Check(page, testutil.Contains, `Words &amp; &lt;tags&gt;`)
	c.Check(page, check.Not(testutil.Contains), "<script>")
	c.Check(page, check.Not(testutil.Contains), "<tags>")
	index := string(fileNamed(files, "index.html"))
	c.Check(index, check.Not(testutil.Contains), "<script>alert")

	files, err = site.Render(docsite.Markdown)
	c.Assert(err, check.IsNil)
	page = string(fileNamed(files, "evil.md"))
	c.Check(page, testutil.Contains, `Allows \<script\>alert("x")\</script\> \*bold\* \[link\](x).`)
	c.Check(page, testutil.Contains, "| plug | `a|b` | string | no | pipes \\| and \\<tags\\>. |")
	index = string(fileNamed(files, "index.md"))
	c.Check(index, testutil.Contains, `| [evil](evil.md) | allows \<script\>`)

	_, err = site.Render("pdf")
	c.Check(err, check.ErrorMatches, `cannot render the reference as "pdf": want "html" or "markdown"`)
}

// The examples are snap.yaml that the library reads, and a repository
// takes them with none of their plugs or slots dropped.
func (s *siteSuite) TestExamplesAreValidSnapYaml(c *check.C) {
	st, _ := site(c)
	n := 0
	for _, p := range st.Pages {
		c.Check(p.Examples, check.Not(check.HasLen), 0, check.Commentf(p.Name))
		for _, ex := range p.Examples {
			for _, f := range ex.Files {
				comment := check.Commentf("%s: %s: %s\n%s", p.Name, ex.Title, f.Title, f.Text)
				info, err := snap.InfoFromSnapYaml([]byte(f.Text))
				if !c.Check(err, check.IsNil, comment) {
					continue
				}
				repo := builtin.NewRepository()
				_, err = repo.AddSnap(builtin.SystemSnap(builtin.Classic))
				c.Assert(err, check.IsNil)
				dropped, err := repo.AddSnap(info)
				c.Check(err, check.IsNil, comment)
				c.Check(dropped, check.HasLen, 0, comment)
				c.Check(len(info.Plugs)+len(info.Slots), check.Equals, 1, comment)
				for _, plug := range info.Plugs {
					c.Check(plug.Interface, check.Equals, p.Name, comment)
				}
				for _, slot := range info.Slots {
					c.Check(slot.Interface, check.Equals, p.Name, comment)
				}
				n++
			}
		}
	}
	c.Check(n > len(builtin.Interfaces()), check.Equals, true)
}

// What the pages say the base declaration decides, for interfaces
// whose decisions are well known.
func (s *siteSuite) TestOutcomes(c *check.C) {
	st, _ := site(c)
	pages := map[string]*docsite.Page{}
	for _, p := range st.Pages {
		pages[p.Name] = p
	}
	for _, t := range []struct {
		name          string
		classic, core docsite.Outcome
		appSlot       docsite.Outcome
		declaration   []string
	}{
		{"network", docsite.AutoConnect, docsite.AutoConnect, docsite.NoSlot, nil},
		{"home", docsite.AutoConnect, docsite.Manual, docsite.NoSlot, nil},
		{"multipass-support", docsite.Manual, docsite.Manual, docsite.NoSlot, []string{"plug"}},
		{"x11", docsite.AutoConnect, docsite.NoSlot, docsite.Manual, nil},
		{"cups", docsite.NoSlot, docsite.NoSlot, docsite.Denied, []string{"connection"}},
		{"content", docsite.NoSlot, docsite.NoSlot, docsite.Manual, nil},
		{"lxd", docsite.NoSlot, docsite.NoSlot, docsite.NoSlot, []string{"slot"}},
		{"serial-port", docsite.NoSlot, docsite.NoSlot, docsite.Manual, nil},
		{"raw-volume", docsite.NoSlot, docsite.NoSlot, docsite.Denied, []string{"connection"}},
	} {
		p := pages[t.name]
		c.Assert(p, check.NotNil)
		comment := check.Commentf(t.name)
		c.Check(p.Classic, check.Equals, t.classic, comment)
		c.Check(p.Core, check.Equals, t.core, comment)
		c.Check(p.AppSlot, check.Equals, t.appSlot, comment)
		c.Check(p.NeedsDeclaration, check.DeepEquals, t.declaration, comment)
	}
	// Every interface that describes its attributes lists them all.
	for _, iface := range builtin.Interfaces() {
		d, ok := iface.(interfaces.AttributeDescriber)
		if !ok {
			continue
		}
		p := pages[iface.Name()]
		c.Check(len(p.PlugAttributes)+len(p.SlotAttributes), check.Equals, len(d.Attributes().Attributes), check.Commentf(iface.Name()))
	}
}
