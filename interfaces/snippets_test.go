// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces_test

import (
	"errors"
	"fmt"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
)

type snippetsSuite struct{}

var _ = check.Suite(&snippetsSuite{})

// countingTags is a Tagged that counts how often it is asked.
type countingTags struct {
	tags  []string
	calls int
}

func (t *countingTags) SecurityTags() []string {
	t.calls++
	return t.tags
}

func (s *snippetsSuite) TestTagsAreComputedOnlyWhenNeeded(c *check.C) {
	var set interfaces.SnippetSet
	of := &countingTags{tags: []string{"snap.a.app", "snap.a.hook.configure"}}
	// A hook that adds nothing, or only blanks, needs no tags.
	c.Assert(set.RunFor(of, "quiet", func() error {
		set.AddSnippet("")
		set.AddSnippet(" \n\t")
		return nil
	}), check.IsNil)
	c.Check(of.calls, check.Equals, 0)
	c.Check(set.SecurityTags(), check.HasLen, 0)

	// They are computed once per hook, however many snippets it adds.
	c.Assert(set.RunFor(of, "loud", func() error {
		set.AddSnippet("one")
		set.AddSnippet("two")
		c.Check(set.ScopeTags(), check.DeepEquals, of.tags)
		c.Check(set.ScopeInterface(), check.Equals, "loud")
		return nil
	}), check.IsNil)
	c.Check(of.calls, check.Equals, 1)
	c.Check(set.SecurityTags(), check.DeepEquals, of.tags)
	c.Check(set.Joined("snap.a.app"), check.Equals, "one\n\ntwo\n")

	// The scope ends with the hook, on error too.
	err := set.RunFor(of, "failing", func() error { return errors.New("boom") })
	c.Check(err, check.ErrorMatches, "boom")
	c.Check(set.ScopeTags(), check.HasLen, 0)
	c.Check(set.ScopeInterface(), check.Equals, "")
	set.AddSnippet("outside any scope")
	c.Check(set.Snippets("snap.a.app"), check.HasLen, 2)
}

func (s *snippetsSuite) TestDuplicatesAreKeptOnce(c *check.C) {
	// Past linearDedupMax snippets a tag finds duplicates through a
	// map: both ways keep the first interface that added a text.
	for _, n := range []int{3, 200} {
		var set interfaces.SnippetSet
		var want []interfaces.Snippet
		for i := 0; i < n; i++ {
			text := fmt.Sprintf("rule %03d", i)
			set.AddSnippetForTag("tag", "first", text)
			want = append(want, interfaces.Snippet{Interface: "first", Text: text})
		}
		for i := 0; i < n; i++ {
			set.AddSnippetForTag("tag", "second", fmt.Sprintf("  rule %03d\n", i))
		}
		set.AddSnippetForTag("tag", "second", "new")
		want = append(want, interfaces.Snippet{Interface: "second", Text: "new"})
		c.Check(set.Snippets("tag"), check.DeepEquals, want, check.Commentf("%d snippets", n))
		// Another tag keeps its own.
		set.AddSnippetForTag("other", "second", "rule 000")
		c.Check(set.Snippets("other"), check.DeepEquals, []interfaces.Snippet{{Interface: "second", Text: "rule 000"}})
	}
}

func (s *snippetsSuite) TestSnippetsAreSortedCopies(c *check.C) {
	var set interfaces.SnippetSet
	set.Scope([]string{"t"}, "zeta")
	set.AddSnippet("b")
	set.AddSnippet("a")
	set.Scope([]string{"t"}, "alpha")
	set.AddSnippet("c")
	set.Unscope()
	got := set.Snippets("t")
	c.Check(got, check.DeepEquals, []interfaces.Snippet{{"alpha", "c"}, {"zeta", "a"}, {"zeta", "b"}})
	got[0].Text = "changed"
	c.Check(set.Snippets("t")[0].Text, check.Equals, "c")
	c.Check(set.Joined("t"), check.Equals, "c\n\na\n\nb\n")
	c.Check(set.Snippets("absent"), check.HasLen, 0)
	c.Check(set.Joined("absent"), check.Equals, "")
}

func (s *snippetsSuite) TestSecurityTagsFollowTheSnippets(c *check.C) {
	var set interfaces.SnippetSet
	c.Check(set.SecurityTags(), check.HasLen, 0)
	set.AddSnippetForTag("snap.a.b", "x", "one")
	first := set.SecurityTags()
	c.Check(first, check.DeepEquals, []string{"snap.a.b"})
	// Flags alone do not make a tag one with snippets.
	set.Scope([]string{"snap.a.flagged"}, "x")
	set.SetFlags(1)
	set.Unscope()
	set.AddSnippetForTag("snap.a.b", "x", "two")
	c.Check(set.SecurityTags(), check.DeepEquals, []string{"snap.a.b"})
	set.AddSnippetForTag("snap.a.a", "x", "one")
	c.Check(set.SecurityTags(), check.DeepEquals, []string{"snap.a.a", "snap.a.b"})
	// What an earlier call gave is left as it was.
	c.Check(first, check.DeepEquals, []string{"snap.a.b"})
	for i := 0; i < 5; i++ {
		set.AddSnippetForTag(fmt.Sprintf("snap.a.t%d", i), "x", "one")
	}
	c.Check(set.SecurityTags(), check.DeepEquals, []string{"snap.a.a", "snap.a.b", "snap.a.t0", "snap.a.t1", "snap.a.t2", "snap.a.t3", "snap.a.t4"})
	c.Check(first, check.DeepEquals, []string{"snap.a.b"})
}

func (s *snippetsSuite) TestJoinedTrimsAsTrimSpace(c *check.C) {
	for _, text := range []string{"rule", "rule\n", "  \trule\n\n", "\u00a0rule\n", "\u2003 \u0085rule \u00a0", "\n\nr\u00e9gle\n"} {
		var set interfaces.SnippetSet
		set.AddSnippetForTag("t", "x", text)
		c.Check(set.Joined("t"), check.Equals, strings.TrimSpace(text)+"\n", check.Commentf("%q", text))
	}
}

// TestManyTags crosses the point where tags and duplicates are found
// through maps, with the snippets of the tags interleaved: each tag
// keeps its own snippets, flags and duplicates.
func (s *snippetsSuite) TestManyTags(c *check.C) {
	var set interfaces.SnippetSet
	const tags = 70 // 140 snippets, past linearDedupMax
	for round := 0; round < 2; round++ {
		for i := 0; i < tags; i++ {
			tag := fmt.Sprintf("snap.a.app%02d", i)
			set.AddSnippetForTag(tag, "x", fmt.Sprintf("rule of %d", i))
			set.AddSnippetForTag(tag, "y", "shared rule\n")
			if i%3 == 0 {
				set.Scope([]string{tag}, "x")
				set.SetFlags(uint32(1 + round))
				set.Unscope()
			}
		}
	}
	all := set.SecurityTags()
	c.Assert(all, check.HasLen, tags)
	for i, tag := range all {
		c.Check(tag, check.Equals, fmt.Sprintf("snap.a.app%02d", i))
		c.Check(set.Snippets(tag), check.DeepEquals, []interfaces.Snippet{
			{Interface: "x", Text: fmt.Sprintf("rule of %d", i)},
			{Interface: "y", Text: "shared rule"},
		})
		want := uint32(0)
		if i%3 == 0 {
			want = 3
		}
		c.Check(set.Flags(tag), check.Equals, want, check.Commentf(tag))
	}
	c.Check(set.TagsWithFlags(2), check.HasLen, (tags+2)/3)
	c.Check(set.Flags("snap.a.absent"), check.Equals, uint32(0))
	c.Check(set.Snippets("snap.a.absent"), check.HasLen, 0)
}

// TestDuplicatesThatDifferInTheirMiddles crosses the point where
// duplicates are found through digests of the ends of texts, with
// texts that share their length and ends and differ in the middle
// only, more of them than are compared before the set finds them by
// their whole texts: each is kept once, and Joined lays out what
// Snippets gives.
func (s *snippetsSuite) TestDuplicatesThatDifferInTheirMiddles(c *check.C) {
	for _, n := range []int{100, 129, 300} {
		var set interfaces.SnippetSet
		var want []interfaces.Snippet
		var joined []string
		for round := 0; round < 2; round++ {
			for i := 0; i < n; i++ {
				text := fmt.Sprintf("/a/path/that/is/long/enough/%04d/and/ends/the/same/way rw,", i)
				set.AddSnippetForTag("tag", "x", text)
				if round == 0 {
					want = append(want, interfaces.Snippet{Interface: "x", Text: text})
					joined = append(joined, text+"\n")
				}
				// Another tag keeps its own.
				set.AddSnippetForTag("other", "x", text)
			}
		}
		c.Check(set.Snippets("tag"), check.DeepEquals, want, check.Commentf("%d snippets", n))
		c.Check(set.Snippets("other"), check.DeepEquals, want, check.Commentf("%d snippets", n))
		c.Check(set.Joined("tag"), check.Equals, strings.Join(joined, "\n"), check.Commentf("%d snippets", n))
	}
}

// TestJoinedIsSnippetsLaidOut checks that Joined lays out the snippets
// of a tag as Snippets orders them, by interface then text, with
// texts that kept or lost the newline that followed them.
func (s *snippetsSuite) TestJoinedIsSnippetsLaidOut(c *check.C) {
	for _, n := range []int{2, 3, 130, 300} {
		var set interfaces.SnippetSet
		for i := 0; i < n; i++ {
			text := fmt.Sprintf("rule %d", (i*37)%n)
			if i%2 == 0 {
				text += "\n\n"
			}
			set.AddSnippetForTag("t", fmt.Sprintf("iface-%d", i%3), text)
		}
		var parts []string
		for _, snippet := range set.Snippets("t") {
			parts = append(parts, snippet.Text+"\n")
		}
		c.Check(set.Joined("t"), check.Equals, strings.Join(parts, "\n"), check.Commentf("%d snippets", n))
	}
}
