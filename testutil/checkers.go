// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package testutil holds gocheck checkers and helpers shared by the
// project's tests.
package testutil

import (
	"fmt"
	"os"
	"reflect"
	"strings"

	"gopkg.in/check.v1"
)

type containsChecker struct{ *check.CheckerInfo }

// Contains checks that a string contains a substring, or that a slice
// or map contains an element (a value, for maps).
var Contains check.Checker = &containsChecker{&check.CheckerInfo{Name: "Contains", Params: []string{"container", "elem"}}}

func (c *containsChecker) Check(params []interface{}, names []string) (bool, string) {
	return contains(params[0], params[1])
}

func contains(container, elem interface{}) (bool, string) {
	if s, ok := container.(string); ok {
		sub, ok := elem.(string)
		if !ok {
			return false, "a string can only contain a string"
		}
		return strings.Contains(s, sub), ""
	}
	v := reflect.ValueOf(container)
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if reflect.DeepEqual(v.Index(i).Interface(), elem) {
				return true, ""
			}
		}
		return false, ""
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if reflect.DeepEqual(v.MapIndex(k).Interface(), elem) {
				return true, ""
			}
		}
		return false, ""
	}
	return false, fmt.Sprintf("%T is not a string, slice, array or map", container)
}

type fileEqualsChecker struct{ *check.CheckerInfo }

// FileEquals checks that the file at a path holds exactly the given text.
var FileEquals check.Checker = &fileEqualsChecker{&check.CheckerInfo{Name: "FileEquals", Params: []string{"filename", "contents"}}}

func (c *fileEqualsChecker) Check(params []interface{}, names []string) (bool, string) {
	path, ok := params[0].(string)
	if !ok {
		return false, "filename must be a string"
	}
	var want string
	switch v := params[1].(type) {
	case string:
		want = v
	case []byte:
		want = string(v)
	default:
		return false, "contents must be a string or []byte"
	}
	got, err := os.ReadFile(path)
	if err != nil {
		return false, fmt.Sprintf("cannot read file %q: %v", path, err)
	}
	if string(got) != want {
		return false, fmt.Sprintf("file %q has contents:\n%s", path, got)
	}
	return true, ""
}
