"""Front-end files, served by the app itself (never a CDN): the pages' own CSS and JS, and the npm packages
`npm ci --prefix web` installs (cytoscape.js for diagrams, YASGUI for the SPARQL editor)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse

router = APIRouter()
SITE = Path(__file__).parent / "static"
INSTALL = "npm ci --prefix web"


@dataclass(frozen=True)
class VendorFile:
    package: str
    path: str  # inside node_modules

    @property
    def media_type(self) -> str:
        return "text/css" if self.path.endswith(".css") else "text/javascript"


# the only files of node_modules the app serves, by the name pages ask for
VENDOR = {
    "cytoscape.min.js": VendorFile("cytoscape", "cytoscape/dist/cytoscape.min.js"),
    "yasgui.min.js": VendorFile("@zazuko/yasgui", "@zazuko/yasgui/build/yasgui.min.js"),
    "yasgui.min.css": VendorFile("@zazuko/yasgui", "@zazuko/yasgui/build/yasgui.min.css"),
}


def missing_packages(assets: Path, names: tuple[str, ...]) -> list[str]:
    """The packages behind ``names`` that are not installed, so a page can say so instead of breaking."""
    return sorted({VENDOR[n].package for n in names if not (assets / VENDOR[n].path).is_file()})


@router.get("/assets/vendor/{name}", include_in_schema=False)
def vendor(name: str, request: Request) -> FileResponse:
    file = VENDOR.get(name)
    if file is None:
        raise HTTPException(404, f"no asset {name!r}")
    path = request.app.state.service.settings.assets / file.path
    if not path.is_file():
        raise HTTPException(404, f"the package {file.package} is not installed: run `{INSTALL}`")
    return FileResponse(path, media_type=file.media_type, headers={"Cache-Control": "public, max-age=86400"})


@router.get("/assets/site/{name}", include_in_schema=False)
def site(name: str) -> FileResponse:
    path = SITE / name
    if "/" in name or "\\" in name or not path.is_file():
        raise HTTPException(404, f"no asset {name!r}")
    media = {"css": "text/css", "js": "text/javascript", "svg": "image/svg+xml"}.get(path.suffix[1:], "text/plain")
    return FileResponse(path, media_type=media)
