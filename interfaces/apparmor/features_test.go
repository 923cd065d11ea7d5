// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor_test

import (
	"os"
	"path/filepath"
	"testing/fstest"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
)

type featuresSuite struct{}

var _ = check.Suite(&featuresSuite{})

// A feature set of an AppArmor 4 kernel, cut down, as a features file
// writes it: directories hold entries, files their contents.
const features4 = `capability {0xffffff
}
caps {mask {chown dac_override kill
}
}
domain {change_profile {yes
}
version {1.2
}
}
empty {}
ipc {posix_mqueue {create read write open delete setattr getattr
}
}
namespaces {mask {userns_create
}
pivot_root {no
}
profile {yes
}
}
`

func (s *featuresSuite) TestParseFeatures(c *check.C) {
	f, err := apparmor.ParseFeatures("features", []byte(features4))
	c.Assert(err, check.IsNil)
	for _, t := range []struct {
		feature apparmor.Feature
		has     bool
	}{
		{"capability", true},
		{"capability/0xffffff", true},
		{"caps", true},
		{"caps/mask", true},
		{"caps/mask/kill", true},
		{"caps/mask/bpf", false},
		{"domain/version/1.2", true},
		{"empty", true},
		{"namespaces/pivot_root/no", true},
		{apparmor.FeatureUserNS, true},
		{apparmor.FeatureMqueue, true},
		{apparmor.FeatureIOUring, false},
		{"namespaces/mask/userns", false},
		{"mask", false},
		{"", false},
	} {
		c.Check(f.Has(t.feature), check.Equals, t.has, check.Commentf("%q", t.feature))
	}
	c.Check(f.ABI(), check.Equals, apparmor.ABI40)
	c.Check(f.Supports(apparmor.FeatureUserNS), check.Equals, true)
	c.Check(f.Supports(apparmor.FeatureMqueue), check.Equals, true)
	c.Check(f.IsZero(), check.Equals, false)
}

// The kernel's directory gives the same feature set as the file that
// writes it out.
func (s *featuresSuite) TestReadFeaturesDir(c *check.C) {
	fsys := fstest.MapFS{
		"capability":            {Data: []byte("0xffffff\n")},
		"caps/mask":             {Data: []byte("chown dac_override kill\n")},
		"domain/change_profile": {Data: []byte("yes\n")},
		"domain/version":        {Data: []byte("1.2\n")},
		"empty":                 {Mode: os.ModeDir},
		"ipc/posix_mqueue":      {Data: []byte("create read write open delete setattr getattr\n")},
		"namespaces/mask":       {Data: []byte("userns_create\n")},
		"namespaces/pivot_root": {Data: []byte("no\n")},
		"namespaces/profile":    {Data: []byte("yes\n")},
	}
	dir, err := apparmor.ReadFeaturesDir(fsys)
	c.Assert(err, check.IsNil)
	file, err := apparmor.ParseFeatures("features", []byte(features4))
	c.Assert(err, check.IsNil)
	c.Check(dir, check.DeepEquals, file)

	// ReadFeatures takes either.
	root := c.MkDir()
	for name, f := range fsys {
		path := filepath.Join(root, "features", name)
		if f.Mode.IsDir() {
			c.Assert(os.MkdirAll(path, 0755), check.IsNil)
			continue
		}
		c.Assert(os.MkdirAll(filepath.Dir(path), 0755), check.IsNil)
		c.Assert(os.WriteFile(path, f.Data, 0644), check.IsNil)
	}
	c.Assert(os.WriteFile(filepath.Join(root, "features.txt"), []byte(features4), 0644), check.IsNil)
	for _, path := range []string{filepath.Join(root, "features"), filepath.Join(root, "features.txt")} {
		got, err := apparmor.ReadFeatures(path)
		c.Assert(err, check.IsNil, check.Commentf(path))
		c.Check(got, check.DeepEquals, file, check.Commentf(path))
	}
}

func (s *featuresSuite) TestFeaturesOf(c *check.C) {
	f3 := apparmor.FeaturesOf(apparmor.ABI30)
	c.Check(f3.IsZero(), check.Equals, true)
	c.Check(f3.ABI(), check.Equals, apparmor.ABI30)
	f4 := apparmor.FeaturesOf(apparmor.ABI40)
	c.Check(f4.ABI(), check.Equals, apparmor.ABI40)
	for _, t := range []struct {
		feature  apparmor.Feature
		abi3     bool
		abi4     bool
		supports bool
	}{
		{apparmor.FeatureUserNS, false, true, true},
		{apparmor.FeatureMqueue, false, true, true},
		{apparmor.FeatureIOUring, false, false, false},
	} {
		comment := check.Commentf("%q", t.feature)
		c.Check(apparmor.ABI30.Has(t.feature), check.Equals, t.abi3, comment)
		c.Check(apparmor.ABI40.Has(t.feature), check.Equals, t.abi4, comment)
		c.Check(f4.Supports(t.feature), check.Equals, t.supports, comment)
		c.Check(f3.Supports(t.feature), check.Equals, false, comment)
	}
	// A kernel with io_uring mediation: profiles of ABI 4.0 still go
	// without the rule, which that ABI does not have.
	f, err := apparmor.ParseFeatures("features", []byte("io_uring {mask {sqpoll override_creds\n}\n}\nnamespaces {mask {userns_create\n}\n}\n"))
	c.Assert(err, check.IsNil)
	c.Check(f.Has(apparmor.FeatureIOUring), check.Equals, true)
	c.Check(f.Supports(apparmor.FeatureIOUring), check.Equals, false)
}

func (s *featuresSuite) TestParseABI(c *check.C) {
	for _, t := range []struct {
		input  string
		abi    apparmor.ABI
		errorR string
	}{
		{"3.0", apparmor.ABI30, ""},
		{"4.0", apparmor.ABI40, ""},
		{"4", "", `unknown AppArmor ABI "4": want "3.0" or "4.0"`},
		{"", "", `unknown AppArmor ABI "": want "3.0" or "4.0"`},
		{"5.0", "", `unknown AppArmor ABI "5.0": want "3.0" or "4.0"`},
	} {
		abi, err := apparmor.ParseABI(t.input)
		if t.errorR != "" {
			c.Check(err, check.ErrorMatches, t.errorR, check.Commentf("%q", t.input))
			continue
		}
		c.Check(err, check.IsNil)
		c.Check(abi, check.Equals, t.abi)
	}
}

func (s *featuresSuite) TestParseFeaturesErrors(c *check.C) {
	deep := ""
	for i := 0; i < 20; i++ {
		deep += "a {"
	}
	for _, t := range []struct {
		input  string
		errorR string
	}{
		{"", `f: no features`},
		{"\n\n", `f: no features`},
		{"}", `f:1: unexpected closing brace`},
		{"caps {mask {chown\n}\n}\n}\n", `f:4: unexpected closing brace`},
		{"caps {mask {chown\n}\n", `f:3: missing closing brace of "caps"`},
		{"caps {mask {chown\n", `f:1: feature "caps/mask": missing closing brace`},
		{"caps {mask {chown { }\n}\n", `f:3: missing closing brace of "caps"`},
		{"caps\n", `f:1: feature "caps": want a space and an opening brace after its name`},
		{"caps{yes\n}\n", `f:1: feature "caps": want a space and an opening brace after its name`},
		{"a {yes\n}\n{yes\n}\n", `f:3: unexpected '\{': want a feature name`},
		{"a {yes\n}\nb/c {yes\n}\n", `f:3: feature "b": want a space and an opening brace after its name`},
		{deep, `f:1: features nested more than 16 deep`},
	} {
		_, err := apparmor.ParseFeatures("f", []byte(t.input))
		c.Check(err, check.ErrorMatches, t.errorR, check.Commentf("%q", t.input))
	}
}

func (s *featuresSuite) TestReadFeaturesErrors(c *check.C) {
	root := c.MkDir()
	emptyDir := filepath.Join(root, "empty")
	c.Assert(os.Mkdir(emptyDir, 0755), check.IsNil)
	broken := filepath.Join(root, "broken")
	c.Assert(os.WriteFile(broken, []byte("caps {\n"), 0644), check.IsNil)
	for _, t := range []struct {
		path   string
		errorR string
	}{
		{filepath.Join(root, "missing"), `cannot read AppArmor features: stat .*/missing: no such file or directory`},
		{emptyDir, `cannot read AppArmor features from .*/empty: no features`},
		{broken, `.*/broken:1: feature "caps": missing closing brace`},
	} {
		_, err := apparmor.ReadFeatures(t.path)
		c.Check(err, check.ErrorMatches, t.errorR, check.Commentf("%q", t.path))
	}
}

// The feature sets the parsers are given: the system's (ABI 3.0) and
// the abi/4.0 of apparmor_parser 4, when they are there.
func (s *featuresSuite) TestParsersFeatureSets(c *check.C) {
	for _, t := range []struct {
		abi     apparmor.ABI
		require func(*check.C)
	}{
		{apparmor.ABI30, requireParser},
		{apparmor.ABI40, requireParser4},
	} {
		t.require(c)
		p, err := aaparser.ParserFor(t.abi)
		c.Assert(err, check.IsNil)
		f, err := apparmor.ReadFeatures(p.Features)
		c.Assert(err, check.IsNil, check.Commentf("%s", p.Features))
		c.Check(f.ABI(), check.Equals, t.abi, check.Commentf("%s", p.Features))
		c.Check(f.Has("caps/mask/chown"), check.Equals, true, check.Commentf("%s", p.Features))
		c.Check(f.Supports(apparmor.FeatureUserNS), check.Equals, t.abi == apparmor.ABI40)
		c.Check(f.Supports(apparmor.FeatureMqueue), check.Equals, t.abi == apparmor.ABI40)
	}
}
