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

// validatePath checks a path attribute: at most AttrPathMax bytes,
// absolute, already clean (no "..", ".", "//" or trailing slash), and
// literal. prefix, when not empty, is a directory the path must be
// under.
func validatePath(what, p, prefix string) error {
	if err := checkLength(what, p, AttrPathMax); err != nil {
		return err
	}
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

// stringListAttr reads an attribute that must be a list of at most
// AttrListMax strings; a missing attribute is an empty list.
func stringListAttr(attrs map[string]interface{}, key string) ([]string, error) {
	raw, ok := attrs[key]
	if !ok {
		return nil, nil
	}
	list, ok := raw.([]interface{})
	if !ok {
		return nil, fmt.Errorf("%q must be a list of strings", key)
	}
	if len(list) > AttrListMax {
		return nil, fmt.Errorf("%q lists %d entries, more than the %d allowed", key, len(list), AttrListMax)
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
	if err := checkLength("D-Bus bus name", name, AttrNameMax); err != nil {
		return err
	}
	if !dbusWellKnownName.MatchString(name) {
		return fmt.Errorf("invalid D-Bus bus name: %q", name)
	}
	return nil
}

// setDefaultAttr sets an attribute that a sanitizer completes, making
// the map when the snap declared no attribute at all.
func setDefaultAttr(attrs *map[string]interface{}, key string, value interface{}) {
	if *attrs == nil {
		*attrs = make(map[string]interface{})
	}
	(*attrs)[key] = value
}

// validateTag checks the tag a plug and a slot must share to connect
// ("content", "shared-memory"): a literal word, without spaces or
// slashes. It is only compared, never put into a rule, but a tag that
// looks like a path or a pattern is a mistake worth reporting.
func validateTag(what, tag string) error {
	if err := checkLength(what, tag, AttrNameMax); err != nil {
		return err
	}
	if err := validateLiteral(what, tag); err != nil {
		return err
	}
	if i := strings.IndexAny(tag, " \t/"); i >= 0 {
		return fmt.Errorf("%s %q contains %q: a tag is one word", what, tag, string(tag[i]))
	}
	return nil
}

// fileListAttrs reads the "read" and "write" path lists of a plug or
// slot. resolve checks one path and returns the form a rule uses; a
// path listed twice, in one list or in both, is refused, and so is a
// plug or slot that lists nothing, and paths longer together than
// AttrPathsMax. The rule forms come back in the order of the attribute.
func fileListAttrs(attrs map[string]interface{}, resolve func(what, p string) (string, error)) (read, write []string, err error) {
	seen := make(map[string]string)
	var budget pathBudget
	for _, key := range []string{"read", "write"} {
		paths, err := stringListAttr(attrs, key)
		if err != nil {
			return nil, nil, err
		}
		for i, p := range paths {
			if other, dup := seen[p]; dup {
				return nil, nil, fmt.Errorf("%q lists %q, which %q lists already", key, p, other)
			}
			seen[p] = key
			what := fmt.Sprintf("%s[%d]", key, i)
			resolved, err := resolve(what, p)
			if err != nil {
				return nil, nil, err
			}
			if err := budget.spend(what, p); err != nil {
				return nil, nil, err
			}
			if key == "read" {
				read = append(read, resolved)
			} else {
				write = append(write, resolved)
			}
		}
	}
	if len(read)+len(write) == 0 {
		return nil, nil, fmt.Errorf(`"read" or "write" must list at least one path`)
	}
	return read, write, nil
}

// The D-Bus buses an attribute may name.
const (
	dbusSessionBus = "session"
	dbusSystemBus  = "system"
)

// dbusBusAttr reads the required "bus" attribute: session or system.
func dbusBusAttr(attrs map[string]interface{}) (string, error) {
	bus, ok, err := stringAttr(attrs, "bus")
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf(`"bus" is required: session or system`)
	}
	if bus != dbusSessionBus && bus != dbusSystemBus {
		return "", fmt.Errorf(`"bus" must be session or system, not %q`, bus)
	}
	return bus, nil
}

// devicePathAttr reads the "path" attribute of a slot that names a
// device node: required, a clean literal path under /dev, and matching
// pattern. want describes the node expected, for errors.
func devicePathAttr(attrs map[string]interface{}, pattern *regexp.Regexp, want string) (string, error) {
	path, ok, err := stringAttr(attrs, "path")
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf(`"path" must be set to %s`, want)
	}
	if err := validatePath("path", path, "/dev"); err != nil {
		return "", err
	}
	if !pattern.MatchString(path) {
		return "", fmt.Errorf("path %q must be %s", path, want)
	}
	return path, nil
}

// intAttr reads an optional integer attribute (YAML integers are int64
// once normalised).
func intAttr(attrs map[string]interface{}, key string) (value int64, ok bool, err error) {
	raw, ok := attrs[key]
	if !ok {
		return 0, false, nil
	}
	n, isInt := raw.(int64)
	if !isInt {
		return 0, true, fmt.Errorf("%q must be an integer", key)
	}
	return n, true, nil
}

// deviceNumberAttr reads a required integer attribute that numbers a
// device, a pin or a channel: 0 or more, and small enough for the
// kernel's numbering.
func deviceNumberAttr(attrs map[string]interface{}, key string) (int64, error) {
	n, ok, err := intAttr(attrs, key)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fmt.Errorf("%q must be set", key)
	}
	if n < 0 || n > maxDeviceNumber {
		return 0, fmt.Errorf("%q must be between 0 and %d, not %d", key, maxDeviceNumber, n)
	}
	return n, nil
}

// maxDeviceNumber bounds pin, chip and channel numbers: the kernel
// numbers them with ints, and no board has more than a few thousand.
const maxDeviceNumber = 65535

// boolAttr reads an optional boolean attribute; a missing one is def.
// Anything but a YAML boolean is refused, so that no string from a
// snap.yaml stands in for one.
func boolAttr(attrs map[string]interface{}, key string, def bool) (bool, error) {
	raw, ok := attrs[key]
	if !ok {
		return def, nil
	}
	b, isBool := raw.(bool)
	if !isBool {
		return false, fmt.Errorf("%q must be true or false", key)
	}
	return b, nil
}
