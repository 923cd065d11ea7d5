// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxAttrDepth is how deeply lists and maps may nest in an attribute
// value: "a: [[1]]" nests 2 deep, "a: 1" not at all. Real attributes
// nest 3 deep at most (a list of maps of lists); the limit keeps the
// work on a hostile snap.yaml linear and every error message short.
// The policy package holds the attribute constraints of declarations to
// the same limit.
const MaxAttrDepth = 32

// pathStep is one step from an attribute down into its value: a map
// key, or a list index when index is not negative.
type pathStep struct {
	key   string
	index int
}

// attrPath is where a value sits in an attribute: the attribute name,
// then a step a level. Readers keep one path and push and pop a step as
// they go down and up, which costs nothing per level; the path is only
// rendered when an error is reported, so that reading a value costs
// time and memory linear in its size whatever its depth.
type attrPath []pathStep

func (p attrPath) pushKey(key string) attrPath { return append(p, pathStep{key: key, index: -1}) }
func (p attrPath) pushIndex(i int) attrPath    { return append(p, pathStep{index: i}) }

// depth is how deeply the value at p is nested in its attribute.
func (p attrPath) depth() int { return len(p) - 1 }

// keys returns the path as yamlpos takes it: each key, and each index in
// decimal.
func (p attrPath) keys() []string {
	keys := make([]string, len(p))
	for i, step := range p {
		if step.index >= 0 {
			keys[i] = strconv.Itoa(step.index)
		} else {
			keys[i] = step.key
		}
	}
	return keys
}

// Error messages show at most shownSteps steps of a path and
// shownKeyBytes bytes of a key.
const (
	shownSteps    = 6
	shownKeyBytes = 40
)

// String renders the path for messages, "a.b[2]", cut to a readable
// length: a path of more than 6 steps shows its first 4 and its last
// 2 with "..." between them ("a[0][0][0]...[0][0]"), and a key longer
// than 40 bytes shows its first 40 and "..."; a key right after the
// cut has no dot before it ("a.b.c.d...y.z").
func (p attrPath) String() string {
	var b strings.Builder
	cut := len(p) > shownSteps
	for i, step := range p {
		if cut && i >= shownSteps-2 && i < len(p)-2 {
			if i == shownSteps-2 {
				b.WriteString("...")
			}
			continue
		}
		switch {
		case step.index >= 0:
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(step.index))
			b.WriteByte(']')
		case i > 0 && !(cut && i == len(p)-2):
			b.WriteByte('.')
			fallthrough
		default:
			b.WriteString(cutKey(step.key))
		}
	}
	return b.String()
}

// cutKey cuts a key to shownKeyBytes bytes and "...", at the start of
// a character.
func cutKey(key string) string {
	if len(key) <= shownKeyBytes {
		return key
	}
	n := shownKeyBytes
	for n > 0 && !utf8.RuneStart(key[n]) {
		n--
	}
	return key[:n] + "..."
}
