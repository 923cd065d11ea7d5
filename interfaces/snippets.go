// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

import (
	"sort"
	"strings"
)

// Snippet is one piece of policy text and the interface that added it.
type Snippet struct {
	Interface string
	Text      string
}

// SnippetSet collects policy snippets per security tag for a backend's
// specification. While an interface hook runs, the set is scoped to the
// tags of the plug or slot being handled and to the interface, so that
// hooks only say what to add, never where. Identical text added to a
// tag twice is kept once, so a rule appears once per profile however
// many interfaces ask for it.
type SnippetSet struct {
	scopeTags  []string
	scopeIface string
	byTag      map[string][]Snippet
	seen       map[string]map[string]struct{}
}

// Scope sets the tags and interface that AddSnippet applies to until
// Unscope; backends call it around each interface hook.
func (s *SnippetSet) Scope(tags []string, iface string) {
	s.scopeTags = tags
	s.scopeIface = iface
}

// Unscope ends the scope set by Scope.
func (s *SnippetSet) Unscope() {
	s.scopeTags = nil
	s.scopeIface = ""
}

// ScopeTags returns the tags the current hook adds to; callers must not
// modify the result.
func (s *SnippetSet) ScopeTags() []string { return s.scopeTags }

// ScopeInterface returns the interface whose hook is running.
func (s *SnippetSet) ScopeInterface() string { return s.scopeIface }

// AddSnippet adds text to every tag in scope.
func (s *SnippetSet) AddSnippet(text string) {
	for _, tag := range s.scopeTags {
		s.AddSnippetForTag(tag, s.scopeIface, text)
	}
}

// AddSnippetForTag adds text for one tag, on behalf of iface.
func (s *SnippetSet) AddSnippetForTag(tag, iface, text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	if s.byTag == nil {
		s.byTag = make(map[string][]Snippet)
		s.seen = make(map[string]map[string]struct{})
	}
	seen := s.seen[tag]
	if seen == nil {
		seen = make(map[string]struct{})
		s.seen[tag] = seen
	}
	if _, dup := seen[text]; dup {
		return
	}
	seen[text] = struct{}{}
	s.byTag[tag] = append(s.byTag[tag], Snippet{Interface: iface, Text: text})
}

// SecurityTags returns the tags that have snippets, sorted.
func (s *SnippetSet) SecurityTags() []string {
	tags := make([]string, 0, len(s.byTag))
	for tag := range s.byTag {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	return tags
}

// Snippets returns a fresh copy of a tag's snippets sorted by interface,
// then text, so that output does not depend on the order of hooks.
func (s *SnippetSet) Snippets(tag string) []Snippet {
	out := append([]Snippet(nil), s.byTag[tag]...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Interface != out[j].Interface {
			return out[i].Interface < out[j].Interface
		}
		return out[i].Text < out[j].Text
	})
	return out
}

// Joined returns a tag's snippets, sorted, separated by blank lines.
func (s *SnippetSet) Joined(tag string) string {
	snippets := s.Snippets(tag)
	var b strings.Builder
	for i, snippet := range snippets {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(snippet.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// Run scopes the set to tags and iface while hook runs; backends use it
// to call an interface's definer method.
func (s *SnippetSet) Run(tags []string, iface string, hook func() error) error {
	s.Scope(tags, iface)
	defer s.Unscope()
	return hook()
}
