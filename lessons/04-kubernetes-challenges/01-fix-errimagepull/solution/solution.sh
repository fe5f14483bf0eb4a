kubectl apply -f shop.yaml
kubectl rollout status deployment/shop
