// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"path"
	"regexp"
	"strings"
)

// Helpers for sanitizers. Nothing a snap.yaml says may reach policy text
// unchecked: a value interpolated into a rule must not add, widen or
// break one. These checks refuse anything that AppArmor or the seccomp
// line syntax would read as more than a literal.

// aaSpecialChars are the characters AppArmor gives meaning to in a path
// or rule (globs, alternations, variables, quoting, rule and comment
// ends), plus control characters.
const aaSpecialChars = "*?[]{}^\"'`,#@$\\!=<>|;()%&+"

// validateLiteral checks that s is one non-empty line of plain text with
// none of AppArmor's special characters, so that it can stand for
// itself inside a rule.
func validateLiteral(what, s string) error {
	if s == "" {
		return fmt.Errorf("%s cannot be empty", what)
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("%s %q contains a control character", what, s)
		}
	}
	if i := strings.IndexAny(s, aaSpecialChars); i >= 0 {
		return fmt.Errorf("%s %q contains %q, which AppArmor would not read as a literal", what, s, string(s[i]))
	}
	return nil
}

// validatePath checks a path attribute: absolute, already clean (no
// "..", ".", "//" or trailing slash), and literal. prefix, when not
// empty, is a directory the path must be under.
func validatePath(what, p, prefix string) error {
	if err := validateLiteral(what, p); err != nil {
		return err
	}
	if !strings.HasPrefix(p, "/") {
		return fmt.Errorf("%s %q must be absolute", what, p)
	}
	if p != "/" && strings.HasSuffix(p, "/") {
		return fmt.Errorf("%s %q must not end with a slash", what, p)
	}
	if path.Clean(p) != p {
		return fmt.Errorf("%s %q must be clean (no \"..\", \".\" or \"//\")", what, p)
	}
	if prefix != "" && !strings.HasPrefix(p, strings.TrimSuffix(prefix, "/")+"/") {
		return fmt.Errorf("%s %q must be under %s", what, p, prefix)
	}
	return nil
}

// aaPath writes a validated path for a rule, quoted when it has spaces.
func aaPath(p string) string {
	if strings.ContainsAny(p, " \t") {
		return `"` + p + `"`
	}
	return p
}

// stringListAttr reads an attribute that must be a list of strings; a
// missing attribute is an empty list.
func stringListAttr(attrs map[string]interface{}, key string) ([]string, error) {
	raw, ok := attrs[key]
	if !ok {
		return nil, nil
	}
	list, ok := raw.([]interface{})
	if !ok {
		return nil, fmt.Errorf("%q must be a list of strings", key)
	}
	out := make([]string, 0, len(list))
	seen := make(map[string]bool, len(list))
	for _, item := range list {
		s, ok := item.(string)
		if !ok {
			return nil, fmt.Errorf("%q must be a list of strings", key)
		}
		if seen[s] {
			return nil, fmt.Errorf("%q lists %q twice", key, s)
		}
		seen[s] = true
		out = append(out, s)
	}
	return out, nil
}

// stringAttr reads an optional string attribute.
func stringAttr(attrs map[string]interface{}, key string) (value string, ok bool, err error) {
	raw, ok := attrs[key]
	if !ok {
		return "", false, nil
	}
	s, isString := raw.(string)
	if !isString {
		return "", true, fmt.Errorf("%q must be a string", key)
	}
	return s, true, nil
}

// dbusWellKnownName is a D-Bus well-known bus name: two or more dot
// separated elements of letters, digits, "_" and "-", none starting with
// a digit, at most 255 characters.
var dbusWellKnownName = regexp.MustCompile(`^[A-Za-z_-][A-Za-z0-9_-]*(\.[A-Za-z_-][A-Za-z0-9_-]*)+$`)

// validateDBusName checks a well-known D-Bus name.
func validateDBusName(name string) error {
	if len(name) > 255 || !dbusWellKnownName.MatchString(name) {
		return fmt.Errorf("invalid D-Bus bus name: %q", name)
	}
	return nil
}
