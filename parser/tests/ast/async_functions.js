async function load(url) {
  const res = await fetch(url);
  return res;
}
const g = async function () {};
