// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/testutil"
)

// The reference that docs writes, opened in headless Chromium (Debian's
// chromium, which make deps installs): the DOM the browser builds, after
// the index's script ran, has the table and working links, the filter
// narrows the table, and screenshots go to out/docs/ for people to look
// at.
type chromiumSuite struct{}

var _ = check.Suite(&chromiumSuite{})

// chromiumPath is where Debian's package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// chromium runs the browser headless on a URL with the given extra
// arguments, in a profile of its own, and returns what it printed on
// stdout.
func chromium(c *check.C, exe string, args ...string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + c.MkDir()}
	cmd := exec.CommandContext(ctx, exe, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	c.Assert(err, check.IsNil, check.Commentf("chromium %v: %s", args, stderr.String()))
	return string(out)
}

var (
	domRow     = regexp.MustCompile(`<tr id="([a-z0-9-]+)"( hidden="")?>`)
	domHref    = regexp.MustCompile(`href="([^"]+)"`)
	domCount   = regexp.MustCompile(`id="filter-count">(\d+) of (\d+)<`)
	domFilterP = regexp.MustCompile(`<p id="filter-box"[^>]*>`)
)

// checkLinks checks that every relative link of a DOM names a file of
// the site.
func checkLinks(c *check.C, dom, dir, page string) int {
	n := 0
	for _, m := range domHref.FindAllStringSubmatch(dom, -1) {
		target := m[1]
		if strings.HasPrefix(target, "https://") {
			continue
		}
		file, _, _ := strings.Cut(target, "#")
		if file == "" {
			file = page
		}
		_, err := os.Stat(filepath.Join(dir, file))
		c.Check(err, check.IsNil, check.Commentf("%s links to %q", page, target))
		n++
	}
	return n
}

func (s *chromiumSuite) TestSiteInChromium(c *check.C) {
	exe := testutil.RequireTool(c, chromiumPath)
	dir := filepath.Join(c.MkDir(), "site")
	_, stderr, code := runCLI("docs", "--out", dir)
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	fileURL := func(name string) string { return (&url.URL{Scheme: "file", Path: filepath.Join(dir, name)}).String() }
	total := len(builtin.Interfaces())

	// The index: a row per interface, each linking its page, and the
	// filter shown by the script, counting every row.
	dom := chromium(c, exe, "--dump-dom", fileURL("index.html"))
	rows := domRow.FindAllStringSubmatch(dom, -1)
	c.Check(rows, check.HasLen, total)
	for _, row := range rows {
		c.Check(row[2], check.Equals, "", check.Commentf("row %s hidden without a filter", row[1]))
		c.Check(dom, testutil.Contains, `<a href="`+row[1]+`.html">`+row[1]+`</a>`)
	}
	c.Check(domFilterP.FindString(dom), check.Equals, `<p id="filter-box">`, check.Commentf("the script did not show the filter"))
	c.Check(domCount.FindStringSubmatch(dom), check.DeepEquals, []string{domCount.FindString(dom), strconv.Itoa(total), strconv.Itoa(total)})
	c.Check(checkLinks(c, dom, dir, "index.html") >= total, check.Equals, true)

	// The filter, filled from the address: rows without both words
	// are hidden, and the count says how many are left.
	dom = chromium(c, exe, "--dump-dom", fileURL("index.html")+"?q=network%20control")
	shown := map[string]bool{}
	for _, row := range domRow.FindAllStringSubmatch(dom, -1) {
		if row[2] == "" {
			shown[row[1]] = true
		}
	}
	c.Check(shown["network-control"], check.Equals, true)
	c.Check(shown["network-setup-control"], check.Equals, true)
	c.Check(shown["home"], check.Equals, false)
	c.Check(shown["network"], check.Equals, false)
	c.Check(len(shown) > 0 && len(shown) < total, check.Equals, true, check.Commentf("%d shown", len(shown)))
	c.Check(domCount.FindStringSubmatch(dom), check.DeepEquals, []string{domCount.FindString(dom), strconv.Itoa(len(shown)), strconv.Itoa(total)})

	// One interface's page: its sections, and links that resolve.
	dom = chromium(c, exe, "--dump-dom", fileURL("home.html"))
	c.Check(dom, testutil.Contains, "<h1>home</h1>")
	for _, id := range []string{"grants", "declaration", "attributes", "not-rendered", "examples"} {
		c.Check(dom, testutil.Contains, `<section id="`+id+`">`)
	}
	c.Check(dom, testutil.Contains, `<code>read</code>`)
	c.Check(checkLinks(c, dom, dir, "home.html") >= 7, check.Equals, true)

	// Screenshots, for people.
	out := filepath.Join(testutil.RepoRoot(), "out", "docs")
	c.Assert(os.MkdirAll(out, 0o755), check.IsNil)
	for _, shot := range []struct{ page, file, size string }{
		{"index.html", "index.png", "1280,1600"},
		{"home.html", "home.png", "1280,2400"},
	} {
		path := filepath.Join(out, shot.file)
		os.Remove(path)
		chromium(c, exe, "--hide-scrollbars", "--window-size="+shot.size, "--screenshot="+path, fileURL(shot.page))
		data, err := os.ReadFile(path)
		c.Assert(err, check.IsNil)
		c.Check(strings.HasPrefix(string(data), "\x89PNG\r\n\x1a\n"), check.Equals, true, check.Commentf("%s is not a PNG", path))
		c.Check(len(data) > 20000, check.Equals, true, check.Commentf("%s is %d bytes: a blank page?", path, len(data)))
	}
}
