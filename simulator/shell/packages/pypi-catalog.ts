import { getOwn } from "../../core/own";

/** A project on PyPI as pip sees it: the newest release's wheel for CPython 3.12 on manylinux x86_64, its requirements and what it installs. */
export interface PypiProject {
  /** The name as the project's metadata spells it (pip prints it in "Successfully installed"). */
  name: string;
  version: string;
  /** Older releases pip can also pin (`pkg==ver`), oldest first. */
  older: string[];
  /** The wheel file name for `version`. */
  wheel: string;
  /** Wheel size in bytes. */
  size: number;
  /** Requires-Dist specifiers, as pip prints them in "Collecting X (from parent)". */
  requires: string[];
  /** Top-level import packages (site-packages/<module>/). */
  modules: string[];
  /** console_scripts entry points it puts in bin/. */
  scripts: string[];
}

const CP = "cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64";

// name version older wheel size requires modules scripts — PyPI, July 2024.
const ROWS: readonly string[] = [
  `flask|3.0.3|2.0.2 2.2.5 2.3.3 3.0.0|flask-3.0.3-py3-none-any.whl|101735|Werkzeug>=3.0.0,Jinja2>=3.1.2,itsdangerous>=2.1.2,click>=8.1.3,blinker>=1.6.2|flask|flask`,
  `Werkzeug|3.0.3|2.0.2 2.3.8 3.0.1|werkzeug-3.0.3-py3-none-any.whl|227274|MarkupSafe>=2.1.1|werkzeug|`,
  `Jinja2|3.1.4|3.1.2 3.1.3|jinja2-3.1.4-py3-none-any.whl|133271|MarkupSafe>=2.0|jinja2|`,
  `MarkupSafe|2.1.5|2.1.3|MarkupSafe-2.1.5-${CP}.whl|28163||markupsafe|`,
  `itsdangerous|2.2.0|2.1.2|itsdangerous-2.2.0-py3-none-any.whl|16234||itsdangerous|`,
  `click|8.1.7|8.1.6|click-8.1.7-py3-none-any.whl|97941||click|`,
  `blinker|1.8.2|1.7.0|blinker-1.8.2-py3-none-any.whl|9456||blinker|`,
  `requests|2.32.3|2.28.2 2.31.0|requests-2.32.3-py3-none-any.whl|64928|charset-normalizer<4,>=2,idna<4,>=2.5,urllib3<3,>=1.21.1,certifi>=2017.4.17|requests|`,
  `charset-normalizer|3.3.2||charset_normalizer-3.3.2-${CP}.whl|141545||charset_normalizer|normalizer`,
  `idna|3.7|3.6|idna-3.7-py3-none-any.whl|66836||idna|`,
  `urllib3|2.2.2|1.26.19 2.2.1|urllib3-2.2.2-py3-none-any.whl|121444||urllib3|`,
  `certifi|2024.7.4|2024.2.2|certifi-2024.7.4-py3-none-any.whl|162960||certifi|`,
  `numpy|2.0.0|1.26.4|numpy-2.0.0-${CP}.whl|19298576||numpy|f2py numpy-config`,
  `pandas|2.2.2|2.1.4 2.2.1|pandas-2.2.2-${CP}.whl|12735322|numpy>=1.26.0,python-dateutil>=2.8.2,pytz>=2020.1,tzdata>=2022.7|pandas|`,
  `python-dateutil|2.9.0.post0|2.8.2|python_dateutil-2.9.0.post0-py2.py3-none-any.whl|229889|six>=1.5|dateutil|`,
  `six|1.16.0||six-1.16.0-py2.py3-none-any.whl|11053||six|`,
  `pytz|2024.1|2023.3|pytz-2024.1-py2.py3-none-any.whl|505474||pytz|`,
  `tzdata|2024.1|2023.4|tzdata-2024.1-py2.py3-none-any.whl|345400||tzdata|`,
  `gunicorn|22.0.0|20.1.0 21.2.0|gunicorn-22.0.0-py3-none-any.whl|84437|packaging|gunicorn|gunicorn`,
  `packaging|24.1|23.2 24.0|packaging-24.1-py3-none-any.whl|53985||packaging|`,
  `Django|5.0.7|4.2.14 5.0.6|Django-5.0.7-py3-none-any.whl|8218366|asgiref<4,>=3.7.0,sqlparse>=0.3.1|django|django-admin`,
  `asgiref|3.8.1|3.7.2|asgiref-3.8.1-py3-none-any.whl|23828||asgiref|`,
  `sqlparse|0.5.0|0.4.4|sqlparse-0.5.0-py3-none-any.whl|43740||sqlparse|sqlformat`,
  `fastapi|0.110.3|0.104.1 0.109.2|fastapi-0.110.3-py3-none-any.whl|91867|starlette<0.38.0,>=0.37.2,pydantic>=1.7.4,typing-extensions>=4.8.0|fastapi|`,
  `starlette|0.37.2|0.36.3|starlette-0.37.2-py3-none-any.whl|71908|anyio<5,>=3.4.0|starlette|`,
  `anyio|4.4.0|4.3.0|anyio-4.4.0-py3-none-any.whl|86780|idna>=2.8,sniffio>=1.1|anyio|`,
  `sniffio|1.3.1||sniffio-1.3.1-py3-none-any.whl|10235||sniffio|`,
  `pydantic|2.8.2|1.10.17 2.7.4|pydantic-2.8.2-py3-none-any.whl|423875|annotated-types>=0.4.0,pydantic-core==2.20.1,typing-extensions>=4.6.1|pydantic|`,
  `pydantic_core|2.20.1||pydantic_core-2.20.1-${CP}.whl|2139917|typing-extensions!=4.7.0,>=4.6.0|pydantic_core|`,
  `annotated-types|0.7.0|0.6.0|annotated_types-0.7.0-py3-none-any.whl|13643||annotated_types|`,
  `typing_extensions|4.12.2|4.11.0|typing_extensions-4.12.2-py3-none-any.whl|37438||typing_extensions|`,
  `uvicorn|0.30.1|0.29.0|uvicorn-0.30.1-py3-none-any.whl|62349|click>=7.0,h11>=0.8|uvicorn|uvicorn`,
  `h11|0.14.0||h11-0.14.0-py3-none-any.whl|58259||h11|`,
  `psycopg2-binary|2.9.9|2.9.6|psycopg2_binary-2.9.9-${CP}.whl|3049418||psycopg2|`,
  `redis|5.0.7|4.6.0 5.0.6|redis-5.0.7-py3-none-any.whl|252120||redis|`,
  `pytest|8.2.2|7.4.4 8.2.1|pytest-8.2.2-py3-none-any.whl|339427|iniconfig,packaging,pluggy<2.0,>=1.5|pytest _pytest|pytest py.test`,
  `iniconfig|2.0.0||iniconfig-2.0.0-py3-none-any.whl|5892||iniconfig|`,
  `pluggy|1.5.0|1.4.0|pluggy-1.5.0-py3-none-any.whl|20556||pluggy|`,
  `python-dotenv|1.0.1|1.0.0|python_dotenv-1.0.1-py3-none-any.whl|19863||dotenv|dotenv`,
];

/** A release whose wheel or Requires-Dist differ from the newest one's. */
export interface PypiRelease {
  wheel: string;
  size: number;
  requires: string[];
}

/**
 * Older releases with their own metadata (PyPI's JSON API, pypi.org/pypi/<name>/<version>/json):
 * Flask 2.0.2 (2021-10-04) asks only for Werkzeug>=2.0, so pip pairs it with the newest Werkzeug;
 * setuptools-built wheels of that era keep the capitalised project name.
 */
const RELEASES: Record<string, PypiRelease> = {
  "flask@2.0.2": { wheel: "Flask-2.0.2-py3-none-any.whl", size: 95233, requires: ["Werkzeug>=2.0", "Jinja2>=3.0", "itsdangerous>=2.0", "click>=7.1.2"] },
  "werkzeug@2.0.2": { wheel: "Werkzeug-2.0.2-py3-none-any.whl", size: 288324, requires: [] },
};

/** The wheel, size and requirements of one release of a project (the newest release's, unless that release's metadata differ). */
export function findPypiRelease(project: PypiProject, version: string): PypiRelease {
  const own = getOwn(RELEASES, `${normalizePypiName(project.name)}@${version}`);
  return own ?? { wheel: project.wheel.replace(project.version, version), size: project.size, requires: project.requires };
}

/** PEP 503 normalisation: case-folded, runs of `-_.` as one `-` (how pip matches `Flask`, `flask`, `FLASK`). */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** The index by normalised name. */
export const PYPI: ReadonlyMap<string, PypiProject> = new Map(
  ROWS.map((row) => {
    const [name = "", version = "", older = "", wheel = "", size = "0", requires = "", modules = "", scripts = ""] = row.split("|");
    const list = (s: string, sep: string): string[] => s.split(sep).filter(Boolean);
    // Specifiers contain commas too: a requirement starts at a name.
    const reqs = requires === "" ? [] : requires.split(/,(?=[A-Za-z])/);
    return [normalizePypiName(name), { name, version, older: list(older, " "), wheel, size: Number(size), requires: reqs, modules: list(modules, " "), scripts: list(scripts, " ") }];
  }),
);

/** A requirement line split into name and specifier ("flask==3.0.3" → flask, ==, 3.0.3). */
export function parseRequirement(spec: string): { name: string; op: string; version: string } {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(==|>=|<=|~=|!=|<|>)?\s*([^,;\s]*)/.exec(spec);
  return { name: m?.[1] ?? spec.trim(), op: m?.[3] ?? "", version: m?.[4] ?? "" };
}
