import { describe, expect, it } from 'vitest';
import { isBridgePage, recognisePage, sidebarQuery } from '../../../lib/autotask-page/page-shapes';

const ww = 'https://ww22.autotask.net';

describe('recognisePage', () => {
  it.each([
    [
      'the MVC purchase-order detail page',
      `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042`,
      'purchaseOrder',
      1042,
    ],
    [
      'the legacy purchase-order frame page',
      `${ww}/Autotask/Popups/Inventory/PurchaseOrderFrame.aspx?purchaseOrderID=7`,
      'purchaseOrder',
      7,
    ],
    [
      'purchaseOrderId in camel case',
      `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderId=55`,
      'purchaseOrder',
      55,
    ],
    ['the parameter name in any case', `${ww}/x/po.aspx?PURCHASEORDERID=56`, 'purchaseOrder', 56],
    ['poID on any path', `${ww}/Autotask/Popups/Inventory/Receive.aspx?poID=12`, 'purchaseOrder', 12],
    ['poid in lower case', `${ww}/a/b.aspx?poid=13`, 'purchaseOrder', 13],
    [
      'orderID when the path names PurchaseOrder',
      `${ww}/Autotask/PurchaseOrders/View.aspx?orderID=14`,
      'purchaseOrder',
      14,
    ],
    [
      'orderid when the path names purchaseorder in lower case',
      `${ww}/autotask/purchaseorder.aspx?ORDERID=15`,
      'purchaseOrder',
      15,
    ],
    ['the product detail page', `${ww}/Mvc/Inventory/ProductDetail.mvc?productID=77`, 'product', 77],
    [
      'productId in camel case',
      `${ww}/Autotask/Popups/Products/ProductEdit.aspx?productId=78`,
      'product',
      78,
    ],
    [
      'the first valid id among repeated parameters',
      `${ww}/PurchaseOrder.aspx?purchaseOrderID=abc&poID=9`,
      'purchaseOrder',
      9,
    ],
    [
      'an id with surrounding blanks',
      `${ww}/PurchaseOrder.aspx?purchaseOrderID=%2042%20`,
      'purchaseOrder',
      42,
    ],
    [
      'an uppercase host',
      'https://WW5.AUTOTASK.NET/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=3',
      'purchaseOrder',
      3,
    ],
  ])('recognises %s', (_name, url, kind, id) => {
    expect(recognisePage(url)).toEqual({ kind, id });
  });

  it.each([
    ['orderID without PurchaseOrder in the path', `${ww}/Mvc/Sales/SalesOrderDetail.mvc?orderID=14`],
    ['productID without Product in the path', `${ww}/Mvc/Inventory/StockDetail.mvc?productID=77`],
    ['a zero id', `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=0`],
    ['a negative id', `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=-4`],
    ['a non-numeric id', `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042abc`],
    ['an exponent', `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1e3`],
    ['a decimal', `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=4.5`],
    [
      'an id beyond the safe integer range',
      `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=99999999999999999`,
    ],
    ['an empty id', `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=`],
    ['the id in the fragment only', `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc#purchaseOrderID=1042`],
    ['a page with no id at all', `${ww}/Mvc/Inventory/PurchaseOrderDetail.mvc`],
    ['the home page', `${ww}/Mvc/Framework/Navigation.mvc/Landing`],
    [
      'the API host',
      'https://webservices22.autotask.net/atservicesrest/v1.0/PurchaseOrders?purchaseOrderID=1042',
    ],
    ['the marketing site', 'https://www.autotask.net/PurchaseOrderDetail?purchaseOrderID=1042'],
    [
      'a look-alike host',
      'https://ww22.autotask.net.evil.example/PurchaseOrderDetail.mvc?purchaseOrderID=1042',
    ],
    [
      'a host that only contains ww',
      'https://xww22.autotask.net/PurchaseOrderDetail.mvc?purchaseOrderID=1042',
    ],
    ['plain http', 'http://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042'],
    ['a help page', `${ww}/help/Content/PurchaseOrders.htm?purchaseOrderID=1042`],
    ['a login page', `${ww}/Mvc/Framework/Authentication.mvc/Login?purchaseOrderID=1042`],
    ['a print page', `${ww}/Autotask/Popups/Inventory/PrintPurchaseOrder.aspx?purchaseOrderID=1042`],
    ['not a URL', 'purchaseOrderID=1042'],
  ])('rejects %s', (_name, url) => {
    expect(recognisePage(url)).toBeNull();
  });
});

describe('isBridgePage', () => {
  it.each([
    [`${ww}/Mvc/Framework/Navigation.mvc/Landing`, true],
    ['https://ww1.autotask.net/', true],
    ['https://webservices2.autotask.net/', false],
    ['https://ww22.autotask.net/help/Content/Welcome.htm', false],
    ['https://ww22.autotask.net/Autotask/Login.aspx', false],
    ['https://prde.autotask.net/', false],
  ])('%s → %s', (url, expected) => {
    expect(isBridgePage(url)).toBe(expected);
  });
});

describe('sidebarQuery', () => {
  it('names the purchase order or product for sidebar.html, and nothing for no page', () => {
    expect(sidebarQuery({ kind: 'purchaseOrder', id: 1042 })).toBe('poId=1042');
    expect(sidebarQuery({ kind: 'product', id: 77 })).toBe('productId=77');
    expect(sidebarQuery(null)).toBe('');
  });
});
