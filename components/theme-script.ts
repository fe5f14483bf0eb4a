/** localStorage key holding the learner's explicit choice. */
export const THEME_KEY = "dockyard-theme";

/**
 * Runs before first paint (inlined in <head>): the saved choice, else the
 * system's prefers-color-scheme, so the page never flashes the other theme.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var t=localStorage.getItem("${THEME_KEY}");if(t!=="light"&&t!=="dark"){t=window.matchMedia("(prefers-color-scheme: light)").matches?"light":"dark"}var d=document.documentElement;d.classList.remove("dark","light");d.classList.add(t);d.style.colorScheme=t}catch(e){}})();`;
